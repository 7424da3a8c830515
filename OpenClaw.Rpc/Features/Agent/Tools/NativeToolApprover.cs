using System.Text.Json;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Features.Agent.Tools;

/// <summary>
/// Asks a native client <c>agent.requestApproval</c> about a call of the <c>agent.run</c> request
/// <paramref name="requestId"/>. Only a client that declared <c>capabilities.approvals</c> is asked. An error answer,
/// a malformed one or a lost connection is a rejection (logged); cancelling the run cancels the request
/// (<c>$/cancelRequest</c>) and the answer is <see cref="ToolApprovalOutcome.Cancelled"/>.
/// </summary>
internal sealed class NativeToolApprover(ClientNotifier client, LifecycleState lifecycle, JsonElement? requestId, RuntimeLog log) : IToolApprover
{
    public const string Method = "agent.requestApproval";

    private static readonly string[] Options = [.. ToolApprovalOptions.All];

    // StreamJsonRpc wants a declared type for exactly the arguments sent: one table with sessionKey, one without.
    private static readonly Dictionary<string, Type> ArgumentTypes = new(StringComparer.Ordinal)
    {
        ["requestId"] = typeof(JsonElement),
        ["toolCallId"] = typeof(string),
        ["tool"] = typeof(string),
        ["server"] = typeof(string),
        ["arguments"] = typeof(JsonElement),
        ["options"] = typeof(string[]),
    };

    private static readonly Dictionary<string, Type> SessionArgumentTypes = new(ArgumentTypes, StringComparer.Ordinal) { ["sessionKey"] = typeof(string) };

    public bool CanAsk => lifecycle.ClientAnswersApprovals;

    public async Task<ToolApprovalOutcome> AskAsync(ToolApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var arguments = new Dictionary<string, object?>(7, StringComparer.Ordinal)
        {
            ["requestId"] = requestId,
            ["toolCallId"] = request.ToolCallId,
            ["tool"] = request.Tool.Name,
            ["server"] = request.Tool.Server,
            ["arguments"] = request.Arguments,
            ["options"] = Options,
        };
        if (request.SessionKey is { } sessionKey)
        {
            arguments["sessionKey"] = sessionKey;
        }

        IReadOnlyDictionary<string, Type> types = request.SessionKey is null ? ArgumentTypes : SessionArgumentTypes;
        return await ToolApprovalExchange.AskAsync(Method, request, ct => client.RequestAsync(Method, arguments, types, ct), Outcome, log, cancellationToken)
            .ConfigureAwait(false);
    }

    private static ToolApprovalOutcome? Outcome(JsonElement answer) =>
        ToolApprovalOptions.Parse(answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("outcome", out JsonElement value)
            && value.ValueKind == JsonValueKind.String ? value.GetString() : null);
}

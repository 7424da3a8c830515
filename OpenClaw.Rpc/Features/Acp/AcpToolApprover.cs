using System.Text.Json;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>
/// Asks an ACP client <c>session/request_permission</c> with the four options (<c>optionId</c> and <c>kind</c> alike).
/// ACP clients are always asked. After <c>session/cancel</c> the client answers <c>cancelled</c> itself, so the request
/// is not cancelled from here; the run stops waiting for it at once. An error or a malformed answer is a rejection.
/// </summary>
internal sealed class AcpToolApprover(ClientNotifier client, string sessionId, RuntimeLog log) : IToolApprover
{
    public const string Method = "session/request_permission";

    private static readonly AcpPermissionOption[] Options =
    [
        new(ToolApprovalOptions.AllowOnce, "Allow once", ToolApprovalOptions.AllowOnce),
        new(ToolApprovalOptions.AllowAlways, "Allow always in this session", ToolApprovalOptions.AllowAlways),
        new(ToolApprovalOptions.RejectOnce, "Reject", ToolApprovalOptions.RejectOnce),
        new(ToolApprovalOptions.RejectAlways, "Reject always in this session", ToolApprovalOptions.RejectAlways),
    ];

    private static readonly Dictionary<string, Type> ArgumentTypes = new(StringComparer.Ordinal)
    {
        ["sessionId"] = typeof(string),
        ["toolCall"] = typeof(AcpToolCall),
        ["options"] = typeof(AcpPermissionOption[]),
    };

    public bool CanAsk => true;

    public async Task<ToolApprovalOutcome> AskAsync(ToolApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var arguments = new Dictionary<string, object?>(3, StringComparer.Ordinal)
        {
            ["sessionId"] = sessionId,
            ["toolCall"] = new AcpToolCall(null, request.ToolCallId, request.Tool.Name, AcpToolCall.OtherKind, "pending", request.Arguments),
            ["options"] = Options,
        };
        // Not cancelled from here: after session/cancel the client answers cancelled itself; the run just stops waiting.
        return await ToolApprovalExchange.AskAsync(Method, request, _ => client.RequestAsync(Method, arguments, ArgumentTypes, CancellationToken.None), Outcome,
            log, cancellationToken).ConfigureAwait(false);
    }

    private static ToolApprovalOutcome? Outcome(JsonElement answer)
    {
        if (answer.ValueKind != JsonValueKind.Object || !answer.TryGetProperty("outcome", out JsonElement outcome) || outcome.ValueKind != JsonValueKind.Object
            || !outcome.TryGetProperty("outcome", out JsonElement kind) || kind.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return kind.GetString() switch
        {
            "cancelled" => ToolApprovalOutcome.Cancelled,
            "selected" when outcome.TryGetProperty("optionId", out JsonElement option) && option.ValueKind == JsonValueKind.String
                => ToolApprovalOptions.Parse(option.GetString()) is { } chosen and not ToolApprovalOutcome.Cancelled ? chosen : null,
            _ => null,
        };
    }
}

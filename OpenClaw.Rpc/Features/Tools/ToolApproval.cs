using System.Text.Json;

namespace OpenClaw.Rpc.Features.Tools;

/// <summary>What the user answered when asked about a tool call; <see cref="Cancelled"/> when nobody answered.</summary>
internal enum ToolApprovalOutcome
{
    AllowOnce,
    AllowAlways,
    RejectOnce,
    RejectAlways,
    Cancelled,
}

/// <summary>One question to the user: may the model make this call?</summary>
internal sealed record ToolApprovalRequest(string ToolCallId, ToolDefinition Tool, JsonElement Arguments, string? SessionKey);

/// <summary>
/// Asks the client's user about a tool call: <c>agent.requestApproval</c> natively, <c>session/request_permission</c>
/// in ACP. An error or a malformed answer is a rejection; cancellation is <see cref="ToolApprovalOutcome.Cancelled"/>.
/// </summary>
internal interface IToolApprover
{
    /// <summary>Whether this client can be asked at all (a native client declares <c>capabilities.approvals</c>).</summary>
    bool CanAsk { get; }

    Task<ToolApprovalOutcome> AskAsync(ToolApprovalRequest request, CancellationToken cancellationToken);
}

/// <summary>The wire names of the four answers, shared by both protocols.</summary>
internal static class ToolApprovalOptions
{
    public const string AllowOnce = "allow_once";
    public const string AllowAlways = "allow_always";
    public const string RejectOnce = "reject_once";
    public const string RejectAlways = "reject_always";

    public static readonly IReadOnlyList<string> All = [AllowOnce, AllowAlways, RejectOnce, RejectAlways];

    /// <summary>The outcome a wire name stands for, or null for anything else.</summary>
    public static ToolApprovalOutcome? Parse(string? name) => name switch
    {
        AllowOnce => ToolApprovalOutcome.AllowOnce,
        AllowAlways => ToolApprovalOutcome.AllowAlways,
        RejectOnce => ToolApprovalOutcome.RejectOnce,
        RejectAlways => ToolApprovalOutcome.RejectAlways,
        "cancelled" => ToolApprovalOutcome.Cancelled,
        _ => null,
    };
}

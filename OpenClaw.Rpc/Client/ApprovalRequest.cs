using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Client;

/// <summary>
/// The runtime's <c>agent.requestApproval</c>: may the model make this tool call? <see cref="RequestId"/> is the id of
/// the <c>agent.run</c> request the call belongs to, <see cref="ToolCallId"/> the model's id for the call (as in
/// <c>toolCalls</c> and <c>$/progress</c>), <see cref="Tool"/> the namespaced name (<c>files__read_file</c>).
/// </summary>
public sealed record ApprovalRequest(
    [property: JsonPropertyName("requestId")] JsonElement RequestId,
    [property: JsonPropertyName("sessionKey")] string? SessionKey,
    [property: JsonPropertyName("toolCallId")] string ToolCallId,
    [property: JsonPropertyName("tool")] string Tool,
    [property: JsonPropertyName("server")] string Server,
    [property: JsonPropertyName("arguments")] JsonElement Arguments,
    [property: JsonPropertyName("options")] IReadOnlyList<string> Options);

/// <summary>The answer to an <see cref="ApprovalRequest"/>: one of its options, or <see cref="Cancelled"/>.</summary>
public sealed record ApprovalAnswer([property: JsonPropertyName("outcome")] string Outcome)
{
    /// <summary>Allowed this once.</summary>
    public static ApprovalAnswer AllowOnce { get; } = new("allow_once");

    /// <summary>Allowed for the rest of the session (recorded in it); without a <c>sessionKey</c>, once.</summary>
    public static ApprovalAnswer AllowAlways { get; } = new("allow_always");

    /// <summary>Rejected this once: the model is told the call was denied.</summary>
    public static ApprovalAnswer RejectOnce { get; } = new("reject_once");

    /// <summary>Rejected for the rest of the session (recorded in it); without a <c>sessionKey</c>, once.</summary>
    public static ApprovalAnswer RejectAlways { get; } = new("reject_always");

    /// <summary>The user dismissed the question: the call is denied.</summary>
    public static ApprovalAnswer Cancelled { get; } = new("cancelled");
}

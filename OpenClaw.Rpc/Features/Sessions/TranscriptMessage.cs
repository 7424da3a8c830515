namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// One message of a conversation as the agent runtime sees it. <see cref="Role"/> is <c>user</c>, <c>assistant</c> (which
/// may carry <see cref="ToolCalls"/>) or <c>tool</c>: the result of one call, with <see cref="ToolCallId"/>,
/// <see cref="ToolName"/>, <see cref="Outcome"/> and, as <see cref="Text"/>, the result text the model was given.
/// (The tool's name is <see cref="ToolName"/>, not <c>Tool</c>: a record cannot hold both that property and the role constant.)
/// </summary>
internal sealed record TranscriptMessage(
    string Role,
    string Text,
    DateTimeOffset Timestamp,
    string? Provider = null,
    string? Model = null,
    TurnUsage? Usage = null,
    IReadOnlyList<TranscriptToolCall>? ToolCalls = null,
    string? ToolCallId = null,
    string? ToolName = null,
    string? Outcome = null)
{
    /// <summary>The role of the person talking to the assistant.</summary>
    public const string User = "user";

    /// <summary>The role of the model answering.</summary>
    public const string Assistant = "assistant";

    /// <summary>The role of a tool call's result.</summary>
    public const string Tool = "tool";

    /// <summary>Whether this is an assistant message that asked for tools (its turn goes on with their results).</summary>
    public bool HasToolCalls => Role == Assistant && ToolCalls is { Count: > 0 };

    /// <summary>The result of the call <paramref name="toolCallId"/> of <paramref name="tool"/>, as the model was given it.</summary>
    public static TranscriptMessage ToolResult(string toolCallId, string tool, string outcome, string text, DateTimeOffset timestamp) =>
        new(Tool, text, timestamp, ToolCallId: toolCallId, ToolName: tool, Outcome: outcome);
}

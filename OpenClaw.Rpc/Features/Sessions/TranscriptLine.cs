using System.Text.Json.Serialization;
using OpenClaw.Rpc.Features.Tools;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// One line of a transcript (JSONL): the header (<c>type</c> session: formatVersion, sessionKey, sessionId, createdAt)
/// first, then one <c>type</c> message line per message: role, text, ts, and provider?, model?, usage?, toolCalls? for an
/// assistant, toolCallId, tool and outcome for a tool result (format version 2; version 1 had user and assistant only).
/// </summary>
internal sealed record TranscriptLine(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("formatVersion")] int? FormatVersion = null,
    [property: JsonPropertyName("sessionKey")] string? SessionKey = null,
    [property: JsonPropertyName("sessionId")] string? SessionId = null,
    [property: JsonPropertyName("createdAt")] string? CreatedAt = null,
    [property: JsonPropertyName("role")] string? Role = null,
    [property: JsonPropertyName("text")] string? Text = null,
    [property: JsonPropertyName("ts")] string? Ts = null,
    [property: JsonPropertyName("provider")] string? Provider = null,
    [property: JsonPropertyName("model")] string? Model = null,
    [property: JsonPropertyName("usage")] TurnUsage? Usage = null,
    [property: JsonPropertyName("toolCalls")] IReadOnlyList<TranscriptToolCall?>? ToolCalls = null,
    [property: JsonPropertyName("toolCallId")] string? ToolCallId = null,
    [property: JsonPropertyName("tool")] string? Tool = null,
    [property: JsonPropertyName("outcome")] string? Outcome = null)
{
    public const string SessionType = "session";
    public const string MessageType = "message";

    public static TranscriptLine Header(string sessionKey, string sessionId, DateTimeOffset createdAt) =>
        new(SessionType, TranscriptFile.FormatVersion, sessionKey, sessionId, SessionTime.Format(createdAt));

    public static TranscriptLine From(TranscriptMessage message) =>
        new(MessageType, Role: message.Role, Text: message.Text, Ts: SessionTime.Format(message.Timestamp), Provider: message.Provider,
            Model: message.Model, Usage: message.Usage, ToolCalls: message.HasToolCalls ? message.ToolCalls : null, ToolCallId: message.ToolCallId,
            Tool: message.ToolName, Outcome: message.Outcome);

    /// <summary>The message this line holds, or null when it is not a well-formed message line.</summary>
    public TranscriptMessage? ToMessage()
    {
        if (Type != MessageType || Text is null || !SessionTime.TryParse(Ts, out DateTimeOffset ts))
        {
            return null;
        }

        return Role switch
        {
            TranscriptMessage.User => new TranscriptMessage(Role, Text, ts, Provider, Model, Usage),
            TranscriptMessage.Assistant when ToolCalls is null => new TranscriptMessage(Role, Text, ts, Provider, Model, Usage),
            TranscriptMessage.Assistant when ToolCalls.All(c => c is { IsWellFormed: true }) =>
                new TranscriptMessage(Role, Text, ts, Provider, Model, Usage, ToolCalls.Count > 0 ? [.. ToolCalls.OfType<TranscriptToolCall>()] : null),
            TranscriptMessage.Tool when !string.IsNullOrEmpty(ToolCallId) && !string.IsNullOrEmpty(Tool) && Outcome is not null
                && ToolCallStatus.Outcomes.Contains(Outcome) => TranscriptMessage.ToolResult(ToolCallId, Tool, Outcome, Text, ts),
            _ => null,
        };
    }
}

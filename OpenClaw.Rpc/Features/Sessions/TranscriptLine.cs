using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// One line of a transcript (JSONL): the header (<c>type</c> session: formatVersion, sessionKey, sessionId,
/// createdAt) first, then one <c>type</c> message line per message (role, text, ts, provider?, model?, usage?).
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
    [property: JsonPropertyName("usage")] TurnUsage? Usage = null)
{
    public const string SessionType = "session";
    public const string MessageType = "message";

    public static TranscriptLine Header(string sessionKey, string sessionId, DateTimeOffset createdAt) =>
        new(SessionType, TranscriptFile.FormatVersion, sessionKey, sessionId, SessionTime.Format(createdAt));

    public static TranscriptLine From(TranscriptMessage message) =>
        new(MessageType, Role: message.Role, Text: message.Text, Ts: SessionTime.Format(message.Timestamp), Provider: message.Provider,
            Model: message.Model, Usage: message.Usage);

    /// <summary>The message this line holds, or null when it is not a well-formed message line.</summary>
    public TranscriptMessage? ToMessage() =>
        Type == MessageType && Role is TranscriptMessage.User or TranscriptMessage.Assistant && Text is not null && SessionTime.TryParse(Ts, out DateTimeOffset ts)
            ? new TranscriptMessage(Role, Text, ts, Provider, Model, Usage)
            : null;
}

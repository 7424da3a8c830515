using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Params of <c>sessions.list</c> (all optional).</summary>
internal sealed record SessionsListParams([property: JsonPropertyName("limit")] int? Limit);

/// <summary>Params of <c>sessions.history</c>.</summary>
internal sealed record SessionsHistoryParams(
    [property: JsonPropertyName("sessionKey")] string? SessionKey,
    [property: JsonPropertyName("limit")] int? Limit);

/// <summary>Params of <c>sessions.reset</c> and <c>sessions.delete</c>.</summary>
internal sealed record SessionKeyParams([property: JsonPropertyName("sessionKey")] string? SessionKey);

/// <summary>The answer to <c>sessions.list</c>: <c>count</c> sessions in the index, the most recently updated first.</summary>
internal sealed record SessionsListResult(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("sessions")] IReadOnlyList<SessionSummary> Sessions);

/// <summary>One session in <c>sessions.list</c>; <c>archives</c> counts its archived transcripts.</summary>
internal sealed record SessionSummary(
    [property: JsonPropertyName("sessionKey")] string SessionKey,
    [property: JsonPropertyName("sessionId")] string SessionId,
    [property: JsonPropertyName("createdAt")] string CreatedAt,
    [property: JsonPropertyName("updatedAt")] string UpdatedAt,
    [property: JsonPropertyName("messageCount")] int MessageCount,
    [property: JsonPropertyName("lastProvider")] string? LastProvider,
    [property: JsonPropertyName("lastModel")] string? LastModel,
    [property: JsonPropertyName("archives")] int Archives);

/// <summary>The answer to <c>sessions.history</c>; <c>sessionId</c> is null for an unknown key.</summary>
internal sealed record SessionsHistoryResult(
    [property: JsonPropertyName("sessionKey")] string SessionKey,
    [property: JsonPropertyName("sessionId"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? SessionId,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("messages")] IReadOnlyList<HistoryMessage> Messages);

/// <summary>One message in <c>sessions.history</c>.</summary>
internal sealed record HistoryMessage(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("ts")] string Ts,
    [property: JsonPropertyName("provider")] string? Provider,
    [property: JsonPropertyName("model")] string? Model,
    [property: JsonPropertyName("usage")] TurnUsage? Usage)
{
    public static HistoryMessage From(TranscriptMessage message) =>
        new(message.Role, message.Text, SessionTime.Format(message.Timestamp), message.Provider, message.Model, message.Usage);
}

/// <summary>The answer to <c>sessions.reset</c>: the new session id; <c>archivedPath</c> is null when nothing was archived.</summary>
internal sealed record SessionsResetResult(
    [property: JsonPropertyName("sessionKey")] string SessionKey,
    [property: JsonPropertyName("sessionId")] string SessionId,
    [property: JsonPropertyName("archivedPath"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ArchivedPath);

/// <summary>The answer to <c>sessions.delete</c>: <c>deleted</c> is false for an unknown key.</summary>
internal sealed record SessionsDeleteResult(
    [property: JsonPropertyName("sessionKey")] string SessionKey,
    [property: JsonPropertyName("deleted")] bool Deleted,
    [property: JsonPropertyName("removedFiles")] int RemovedFiles);

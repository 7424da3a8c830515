using System.Text.Json.Serialization;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary><c>sessions.list</c>: the sessions in the index, the most recently updated first.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ISessionsList
{
    [JsonRpcMethod("sessions.list", UseSingleObjectParameterDeserialization = true)]
    Task<SessionsListResult> InvokeAsync(SessionsListParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Params of <c>sessions.list</c> (all optional).</summary>
internal sealed record SessionsListParams([property: JsonPropertyName("limit")] int? Limit = null);

/// <summary>The answer to <c>sessions.list</c>: <c>count</c> sessions in the index, the most recently updated first.</summary>
internal sealed record SessionsListResult(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("sessions")] IReadOnlyList<SessionSummary> Sessions);

/// <summary>One session in <c>sessions.list</c>; <c>archives</c> counts its archived transcripts; <c>cwd</c> is set for ACP sessions.</summary>
internal sealed record SessionSummary(
    [property: JsonPropertyName("sessionKey")] string SessionKey,
    [property: JsonPropertyName("sessionId")] string SessionId,
    [property: JsonPropertyName("createdAt")] string CreatedAt,
    [property: JsonPropertyName("updatedAt")] string UpdatedAt,
    [property: JsonPropertyName("messageCount")] int MessageCount,
    [property: JsonPropertyName("lastProvider")] string? LastProvider,
    [property: JsonPropertyName("lastModel")] string? LastModel,
    [property: JsonPropertyName("archives")] int Archives,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("cwd")] string? Cwd);

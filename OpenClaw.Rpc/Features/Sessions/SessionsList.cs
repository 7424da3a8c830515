using System.Text.Json.Serialization;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary><c>sessions.list</c>: the sessions in the index, the most recently updated first.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface ISessionsList
{
    /// <summary>Sends <c>sessions.list</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("sessions.list", UseSingleObjectParameterDeserialization = true)]
    Task<SessionsListResult> InvokeAsync(SessionsListParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Params of <c>sessions.list</c> (all optional).</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record SessionsListParams([property: JsonPropertyName("limit")] int? Limit = null);

/// <summary>The answer to <c>sessions.list</c>: <c>count</c> sessions in the index, the most recently updated first.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record SessionsListResult(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("sessions")] IReadOnlyList<SessionSummary> Sessions);

/// <summary>One session in <c>sessions.list</c>; <c>archives</c> counts its archived transcripts; <c>cwd</c> is set for ACP sessions.</summary>
public sealed record SessionSummary(
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

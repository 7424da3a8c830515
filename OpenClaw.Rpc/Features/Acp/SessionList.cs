using System.Text.Json.Serialization;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>ACP <c>session/list</c>: durable sessions, newest first, a page at a time.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ISessionList
{
    [JsonRpcMethod("session/list", UseSingleObjectParameterDeserialization = true)]
    Task<SessionListResult> InvokeAsync(SessionListParams? parameters = null, CancellationToken cancellationToken = default);
}

[TypeShape(Kind = TypeShapeKind.None)]
internal sealed record SessionListParams(
    [property: JsonPropertyName("cwd")] string? Cwd = null,
    [property: JsonPropertyName("cursor")] string? Cursor = null);

[TypeShape(Kind = TypeShapeKind.None)]
internal sealed record SessionListResult(
    [property: JsonPropertyName("sessions")] IReadOnlyList<AcpSessionInfo> Sessions,
    [property: JsonPropertyName("nextCursor")] string? NextCursor);

internal sealed record AcpSessionInfo(
    [property: JsonPropertyName("sessionId")] string SessionId,
    [property: JsonPropertyName("cwd")] string Cwd,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("updatedAt")] string UpdatedAt);

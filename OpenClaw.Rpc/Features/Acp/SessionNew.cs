using System.Text.Json;
using System.Text.Json.Serialization;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>ACP <c>session/new</c>: a new durable session, listed at once; its id is its session key.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ISessionNew
{
    [JsonRpcMethod("session/new", UseSingleObjectParameterDeserialization = true)]
    Task<SessionNewResult> InvokeAsync(SessionNewParams? parameters = null, CancellationToken cancellationToken = default);
}

[TypeShape(Kind = TypeShapeKind.None)]
internal sealed record SessionNewParams(
    [property: JsonPropertyName("cwd")] string? Cwd = null,
    [property: JsonPropertyName("mcpServers")] IReadOnlyList<JsonElement>? McpServers = null);

[TypeShape(Kind = TypeShapeKind.None)]
internal sealed record SessionNewResult([property: JsonPropertyName("sessionId")] string SessionId);

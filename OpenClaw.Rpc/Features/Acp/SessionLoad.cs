using System.Text.Json;
using System.Text.Json.Serialization;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>ACP <c>session/load</c>: replays a durable session's history as updates, then answers.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ISessionLoad
{
    [JsonRpcMethod("session/load", UseSingleObjectParameterDeserialization = true)]
    Task<AcpEmptyResult> InvokeAsync(SessionLoadParams? parameters = null, CancellationToken cancellationToken = default);
}

[TypeShape(Kind = TypeShapeKind.None)]
internal sealed record SessionLoadParams(
    [property: JsonPropertyName("sessionId")] string? SessionId = null,
    [property: JsonPropertyName("cwd")] string? Cwd = null,
    [property: JsonPropertyName("mcpServers")] IReadOnlyList<JsonElement>? McpServers = null);

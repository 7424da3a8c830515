using System.Text.Json;
using System.Text.Json.Serialization;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>ACP <c>initialize</c>: the protocol version, what the agent can do, and how it is authenticated.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IAcpInitialize
{
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    Task<AcpInitializeResult> InvokeAsync(AcpInitializeParams? parameters = null, CancellationToken cancellationToken = default);
}

[TypeShape(Kind = TypeShapeKind.None)]
internal sealed record AcpInitializeParams(
    [property: JsonPropertyName("protocolVersion")] int? ProtocolVersion = null,
    [property: JsonPropertyName("clientCapabilities")] JsonElement? ClientCapabilities = null);

[TypeShape(Kind = TypeShapeKind.None)]
internal sealed record AcpInitializeResult(
    [property: JsonPropertyName("protocolVersion")] int ProtocolVersion,
    [property: JsonPropertyName("agentCapabilities")] AcpAgentCapabilities AgentCapabilities,
    [property: JsonPropertyName("authMethods")] IReadOnlyList<AcpAuthMethod> AuthMethods,
    [property: JsonPropertyName("agentInfo")] AcpImplementation AgentInfo);

internal sealed record AcpAgentCapabilities(
    [property: JsonPropertyName("loadSession")] bool LoadSession,
    [property: JsonPropertyName("promptCapabilities")] AcpPromptCapabilities PromptCapabilities,
    [property: JsonPropertyName("mcpCapabilities")] AcpMcpCapabilities McpCapabilities,
    [property: JsonPropertyName("sessionCapabilities")] AcpSessionCapabilities SessionCapabilities);

internal sealed record AcpPromptCapabilities(
    [property: JsonPropertyName("image")] bool Image,
    [property: JsonPropertyName("audio")] bool Audio,
    [property: JsonPropertyName("embeddedContext")] bool EmbeddedContext);

internal sealed record AcpMcpCapabilities(
    [property: JsonPropertyName("http")] bool Http,
    [property: JsonPropertyName("sse")] bool Sse);

/// <summary>Optional session methods; an empty object advertises one (<c>list: {}</c>).</summary>
internal sealed record AcpSessionCapabilities([property: JsonPropertyName("list")] AcpCapability? List);

internal sealed record AcpCapability;

internal sealed record AcpAuthMethod(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description);

internal sealed record AcpImplementation(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("version")] string Version);

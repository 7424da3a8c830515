using System.Text.Json.Serialization;
using OpenClaw.Rpc.Features.Agent.SelfHealing;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary><c>agent.providers</c>: who can be called (never a key), the default chain, and circuit states on edge.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface IAgentProviders
{
    /// <summary>Sends <c>agent.providers</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("agent.providers", UseSingleObjectParameterDeserialization = true)]
    Task<AgentProvidersResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Part of the <c>AgentProvidersResult</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record AgentProvidersResult(
    [property: JsonPropertyName("providers")] IReadOnlyList<AgentProviderView> Providers,
    [property: JsonPropertyName("chain")] IReadOnlyList<string> Chain,
    [property: JsonPropertyName("selfHealing")] AgentSelfHealingView SelfHealing);

/// <summary>Part of the <c>AgentProviderView</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record AgentProviderView(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("api")] string Api,
    [property: JsonPropertyName("baseUrl")] string BaseUrl,
    [property: JsonPropertyName("declared")] bool Declared,
    [property: JsonPropertyName("configured")] bool Configured,
    [property: JsonPropertyName("keyPresent")] bool KeyPresent,
    [property: JsonPropertyName("keySource")] string? KeySource,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("models")] IReadOnlyList<string> Models,
    [property: JsonPropertyName("circuit")] string? Circuit);

/// <summary>Part of the <c>AgentSelfHealingView</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record AgentSelfHealingView(
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("policy")] SelfHealingPolicyView Policy);

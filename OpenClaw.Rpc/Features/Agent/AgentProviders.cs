using System.Text.Json.Serialization;
using OpenClaw.Rpc.Features.Agent.SelfHealing;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary><c>agent.providers</c>: who can be called (never a key), the default chain, and circuit states on edge.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IAgentProviders
{
    [JsonRpcMethod("agent.providers", UseSingleObjectParameterDeserialization = true)]
    Task<AgentProvidersResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

internal sealed record AgentProvidersResult(
    [property: JsonPropertyName("providers")] IReadOnlyList<AgentProviderView> Providers,
    [property: JsonPropertyName("chain")] IReadOnlyList<string> Chain,
    [property: JsonPropertyName("selfHealing")] AgentSelfHealingView SelfHealing);

internal sealed record AgentProviderView(
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

internal sealed record AgentSelfHealingView(
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("policy")] SelfHealingPolicyView Policy);

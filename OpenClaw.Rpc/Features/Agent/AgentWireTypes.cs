using System.Text.Json;
using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Agent;

internal sealed record AgentRunParams(
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("sessionKey")] string? SessionKey,
    [property: JsonPropertyName("provider")] string? Provider,
    [property: JsonPropertyName("model")] string? Model,
    [property: JsonPropertyName("system")] string? System,
    [property: JsonPropertyName("timeoutMs")] int? TimeoutMs,
    [property: JsonPropertyName("progressToken")] JsonElement? ProgressToken);

internal sealed record AgentRunResult(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("sessionKey")] string? SessionKey,
    [property: JsonPropertyName("sessionId")] string? SessionId,
    [property: JsonPropertyName("finishReason")] string? FinishReason,
    [property: JsonPropertyName("usage")] AgentUsage? Usage,
    [property: JsonPropertyName("timings")] AgentTimings Timings,
    [property: JsonPropertyName("runtime")] RunTelemetry Runtime);

internal sealed record AgentUsage(
    [property: JsonPropertyName("inputTokens")] long? InputTokens,
    [property: JsonPropertyName("outputTokens")] long? OutputTokens,
    [property: JsonPropertyName("totalTokens")] long? TotalTokens);

internal sealed record AgentTimings(
    [property: JsonPropertyName("totalMs")] long TotalMs,
    [property: JsonPropertyName("firstDeltaMs")] long? FirstDeltaMs,
    [property: JsonPropertyName("historyMessages")] int HistoryMessages);

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

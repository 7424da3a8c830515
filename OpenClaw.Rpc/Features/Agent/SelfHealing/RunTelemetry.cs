using System.Text.Json.Serialization;

using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>The <c>runtime</c> object of an agent run's answer, and of <c>error.data</c> when it failed.</summary>
public sealed record RunTelemetry([property: JsonPropertyName("selfHealing")] SelfHealingReport SelfHealing);

/// <summary>
/// What self-healing did in one run: the policy in force, every attempt in order, and whether a failure was
/// recovered from (an attempt failed and a later one answered).
/// </summary>
public sealed record SelfHealingReport(
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("recovered")] bool Recovered,
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("policy")] SelfHealingPolicyView Policy,
    [property: JsonPropertyName("attempts")] IReadOnlyList<SelfHealingAttempt> Attempts);

/// <summary>The self-healing knobs in force for a run.</summary>
public sealed record SelfHealingPolicyView(
    [property: JsonPropertyName("maxAttempts")] int MaxAttempts,
    [property: JsonPropertyName("backoffMs")] int BackoffMs,
    [property: JsonPropertyName("maxBackoffMs")] int MaxBackoffMs,
    [property: JsonPropertyName("attemptTimeoutMs")] int AttemptTimeoutMs,
    [property: JsonPropertyName("circuitBreaker")] bool CircuitBreaker);

/// <summary>
/// One attempt on one provider: <c>outcome</c> is success, failed, timeout, skipped or cancelled; <c>delayMs</c> is the
/// wait before it (backoff or Retry-After).
/// </summary>
public sealed record SelfHealingAttempt(
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("durationMs")] long DurationMs,
    [property: JsonPropertyName("delayMs")] long DelayMs)
{
    internal static SelfHealingAttempt From(ChainAttempt attempt) =>
        new(attempt.Provider, attempt.Model ?? string.Empty, attempt.Outcome, attempt.Reason, attempt.DurationMs, attempt.DelayMs);
}

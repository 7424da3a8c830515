using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>
/// The self-healing knobs in force. <see cref="MaxAttempts"/> counts attempts per provider (1 = no retry).
/// <see cref="Enabled"/> false is the kill switch: one attempt on the first provider, no fallback.
/// </summary>
internal sealed record SelfHealingPolicy(
    bool Enabled,
    int MaxAttempts,
    int BackoffMs,
    int MaxBackoffMs,
    int AttemptTimeoutMs,
    bool CircuitBreaker,
    RuntimeTrack Track)
{
    /// <summary>Core promises conservative recovery: at most this many attempts per provider and no breaker.</summary>
    public const int CoreMaxAttemptsPromise = 3;

    /// <summary>True when <c>backoffMs</c> exceeded <c>maxBackoffMs</c> and raised it (doctor warns).</summary>
    public bool MaxBackoffRaised { get; init; }

    /// <summary>The track defaults: core retries once with a short backoff; edge retries more and opens a breaker per provider.</summary>
    public static SelfHealingPolicy DefaultFor(RuntimeTrack track) => track == RuntimeTrack.Edge
        ? new SelfHealingPolicy(true, 4, 200, 5_000, 60_000, CircuitBreaker: true, track)
        : new SelfHealingPolicy(true, 2, 250, 2_000, 60_000, CircuitBreaker: false, track);

    /// <summary>The chain walk this policy asks for.</summary>
    public ChainPolicy Chain => new(Enabled, MaxAttempts, BackoffMs, MaxBackoffMs, TimeSpan.FromMilliseconds(AttemptTimeoutMs), CircuitBreaker);

    /// <summary>The policy as reported in every run's telemetry.</summary>
    public SelfHealingPolicyView View => new(MaxAttempts, BackoffMs, MaxBackoffMs, AttemptTimeoutMs, CircuitBreaker);
}

/// <summary>The hard bounds (protocol/README.md); values outside them stop start-up naming the key.</summary>
internal static class SelfHealingBounds
{
    public const int MinAttempts = 1;
    public const int MaxAttempts = 6;
    public const int MaxBackoffMs = 5_000;
    public const int MaxMaxBackoffMs = 60_000;
    public const int MinAttemptTimeoutMs = 100;
    public const int MaxAttemptTimeoutMs = 300_000;
}

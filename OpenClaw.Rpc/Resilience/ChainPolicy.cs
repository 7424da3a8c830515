namespace OpenClaw.Rpc.Resilience;

/// <summary>
/// How a chain walks its providers. <see cref="MaxAttempts"/> counts attempts per provider (1 = no retry); each attempt
/// is bounded by <see cref="AttemptTimeout"/>, the chain's only per-attempt timeout. <see cref="Enabled"/> false is the
/// kill switch: one attempt on the first provider, no retry, no fallback.
/// </summary>
internal sealed record ChainPolicy(bool Enabled, int MaxAttempts, int BackoffMs, int MaxBackoffMs, TimeSpan AttemptTimeout, bool CircuitBreaker)
{
    /// <summary>Each provider once, in order, each attempt bounded by <paramref name="attemptTimeout"/> (text-to-speech, transcription).</summary>
    public static ChainPolicy SingleAttempt(TimeSpan attemptTimeout) => new(true, 1, 0, 0, attemptTimeout, CircuitBreaker: false);
}

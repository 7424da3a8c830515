using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>
/// The self-healing knobs, listed once: each <c>runtime.selfHealing.*</c> key and the <c>OPENCLAW_SELF_HEAL_*</c>
/// variable that overrides it. <see cref="SelfHealingPolicyLoader"/> reads them, the agent's <c>config.get</c>
/// entries show them and doctor flags any other key under <c>runtime.selfHealing</c>.
/// </summary>
internal static class SelfHealingConfigKeys
{
    public const string Section = "runtime.selfHealing";

    public static readonly ConfigKey Enabled = new("runtime.selfHealing.enabled", "OPENCLAW_SELF_HEAL_ENABLED");

    public static readonly ConfigKey MaxAttempts = new("runtime.selfHealing.maxAttempts", "OPENCLAW_SELF_HEAL_MAX_ATTEMPTS");

    public static readonly ConfigKey BackoffMs = new("runtime.selfHealing.backoffMs", "OPENCLAW_SELF_HEAL_BACKOFF_MS");

    public static readonly ConfigKey MaxBackoffMs = new("runtime.selfHealing.maxBackoffMs", "OPENCLAW_SELF_HEAL_MAX_BACKOFF_MS");

    public static readonly ConfigKey AttemptTimeoutMs = new("runtime.selfHealing.attemptTimeoutMs", "OPENCLAW_SELF_HEAL_ATTEMPT_TIMEOUT_MS");

    public static readonly ConfigKey CircuitBreaker = new("runtime.selfHealing.circuitBreaker", "OPENCLAW_SELF_HEAL_CIRCUIT_BREAKER");

    /// <summary>Every knob, in the order <c>config.get</c> shows them.</summary>
    public static readonly IReadOnlyList<ConfigKey> All = [Enabled, MaxAttempts, BackoffMs, MaxBackoffMs, AttemptTimeoutMs, CircuitBreaker];

    /// <summary>The section self-healing owns: every knob.</summary>
    public static readonly IReadOnlyList<ConfigSection> Owned = [new(Section, All)];
}

using System.Globalization;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>
/// Reads <c>runtime.selfHealing.*</c>, then lets <c>OPENCLAW_SELF_HEAL_*</c> override each knob, and checks the hard
/// bounds. A bad value throws <see cref="ConfigException"/> naming the key or the variable.
/// </summary>
internal static class SelfHealingPolicyLoader
{
    public const string Prefix = "runtime.selfHealing";

    public static readonly IReadOnlyList<(string Key, string Variable)> Knobs =
    [
        ("enabled", "OPENCLAW_SELF_HEAL_ENABLED"),
        ("maxAttempts", "OPENCLAW_SELF_HEAL_MAX_ATTEMPTS"),
        ("backoffMs", "OPENCLAW_SELF_HEAL_BACKOFF_MS"),
        ("maxBackoffMs", "OPENCLAW_SELF_HEAL_MAX_BACKOFF_MS"),
        ("attemptTimeoutMs", "OPENCLAW_SELF_HEAL_ATTEMPT_TIMEOUT_MS"),
        ("circuitBreaker", "OPENCLAW_SELF_HEAL_CIRCUIT_BREAKER"),
    ];

    public static SelfHealingPolicy Load(RuntimeSettings settings, IEnvironmentReader environment)
    {
        try
        {
            return LoadChecked(settings, environment);
        }
        catch (ConfigException) when (settings.ConfigError is not null)
        {
            // Doctor and the audit run without the config once start-up refused it; a bad variable is already reported.
            return SelfHealingPolicy.DefaultFor(settings.Track);
        }
    }

    private static SelfHealingPolicy LoadChecked(RuntimeSettings settings, IEnvironmentReader environment)
    {
        ConfigDocument config = settings.Config;
        SelfHealingPolicy defaults = SelfHealingPolicy.DefaultFor(settings.Track);
        bool enabled = Bool(environment, "OPENCLAW_SELF_HEAL_ENABLED") ?? config.GetBool($"{Prefix}.enabled") ?? defaults.Enabled;
        int attempts = Int(config, environment, "maxAttempts", "OPENCLAW_SELF_HEAL_MAX_ATTEMPTS", SelfHealingBounds.MinAttempts, SelfHealingBounds.MaxAttempts)
            ?? defaults.MaxAttempts;
        int backoff = Int(config, environment, "backoffMs", "OPENCLAW_SELF_HEAL_BACKOFF_MS", 0, SelfHealingBounds.MaxBackoffMs) ?? defaults.BackoffMs;
        int? maxBackoff = Int(config, environment, "maxBackoffMs", "OPENCLAW_SELF_HEAL_MAX_BACKOFF_MS", 0, SelfHealingBounds.MaxMaxBackoffMs);
        int timeout = Int(config, environment, "attemptTimeoutMs", "OPENCLAW_SELF_HEAL_ATTEMPT_TIMEOUT_MS",
            SelfHealingBounds.MinAttemptTimeoutMs, SelfHealingBounds.MaxAttemptTimeoutMs) ?? defaults.AttemptTimeoutMs;
        bool breaker = Bool(environment, "OPENCLAW_SELF_HEAL_CIRCUIT_BREAKER") ?? config.GetBool($"{Prefix}.circuitBreaker") ?? defaults.CircuitBreaker;
        int effectiveMaxBackoff = Math.Max(maxBackoff ?? Math.Max(defaults.MaxBackoffMs, backoff), backoff);
        return new SelfHealingPolicy(enabled, attempts, backoff, effectiveMaxBackoff, timeout, breaker, settings.Track)
        {
            MaxBackoffRaised = maxBackoff is { } given && backoff > given,
        };
    }

    private static int? Int(ConfigDocument config, IEnvironmentReader environment, string key, string variable, int min, int max)
    {
        if (environment.Read(variable) is not { } text)
        {
            return config.GetInt($"{Prefix}.{key}", min, max);
        }

        return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max
            ? value
            : throw new ConfigException(variable, string.Create(CultureInfo.InvariantCulture, $"must be an integer from {min} to {max} (got \"{text}\")"));
    }

    private static bool? Bool(IEnvironmentReader environment, string variable) => environment.Read(variable)?.Trim().ToLowerInvariant() switch
    {
        null => null,
        "1" or "true" or "yes" or "on" => true,
        "0" or "false" or "no" or "off" => false,
        { } other => throw new ConfigException(variable, $"must be true or false (got \"{other}\")"),
    };
}

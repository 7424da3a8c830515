using System.Globalization;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>
/// Reads <c>runtime.selfHealing.*</c>, then lets <c>OPENCLAW_SELF_HEAL_*</c> override each knob, and checks the hard
/// bounds. A bad value throws <see cref="ConfigException"/> naming the key or the variable.
/// </summary>
internal static class SelfHealingPolicyLoader
{
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
        bool enabled = Bool(environment, SelfHealingConfigKeys.Enabled) ?? config.GetBool(SelfHealingConfigKeys.Enabled.Key) ?? defaults.Enabled;
        int attempts = Int(config, environment, SelfHealingConfigKeys.MaxAttempts, SelfHealingBounds.MinAttempts, SelfHealingBounds.MaxAttempts)
            ?? defaults.MaxAttempts;
        int backoff = Int(config, environment, SelfHealingConfigKeys.BackoffMs, 0, SelfHealingBounds.MaxBackoffMs) ?? defaults.BackoffMs;
        int? maxBackoff = Int(config, environment, SelfHealingConfigKeys.MaxBackoffMs, 0, SelfHealingBounds.MaxMaxBackoffMs);
        int timeout = Int(config, environment, SelfHealingConfigKeys.AttemptTimeoutMs,
            SelfHealingBounds.MinAttemptTimeoutMs, SelfHealingBounds.MaxAttemptTimeoutMs) ?? defaults.AttemptTimeoutMs;
        bool breaker = Bool(environment, SelfHealingConfigKeys.CircuitBreaker) ?? config.GetBool(SelfHealingConfigKeys.CircuitBreaker.Key)
            ?? defaults.CircuitBreaker;
        int effectiveMaxBackoff = Math.Max(maxBackoff ?? Math.Max(defaults.MaxBackoffMs, backoff), backoff);
        return new SelfHealingPolicy(enabled, attempts, backoff, effectiveMaxBackoff, timeout, breaker, settings.Track)
        {
            MaxBackoffRaised = maxBackoff is { } given && backoff > given,
        };
    }

    private static int? Int(ConfigDocument config, IEnvironmentReader environment, ConfigKey key, int min, int max)
    {
        if (!environment.TryRead(key, out string variable, out string text))
        {
            return config.GetInt(key.Key, min, max);
        }

        return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max
            ? value
            : throw new ConfigException(variable, string.Create(CultureInfo.InvariantCulture, $"must be an integer from {min} to {max} (got \"{text}\")"));
    }

    private static bool? Bool(IEnvironmentReader environment, ConfigKey key)
    {
        if (!environment.TryRead(key, out string variable, out string text))
        {
            return null;
        }

        return text.Trim().ToLowerInvariant() switch
        {
            "1" or "true" or "yes" or "on" => true,
            "0" or "false" or "no" or "off" => false,
            string other => throw new ConfigException(variable, $"must be true or false (got \"{other}\")"),
        };
    }
}

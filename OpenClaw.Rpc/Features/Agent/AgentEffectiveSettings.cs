using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Agent.SelfHealing;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>The agent settings for <c>config.get</c>: the self-healing knobs, the default chain and each declared provider (keys redacted).</summary>
internal sealed class AgentEffectiveSettings(AgentOptions options, SelfHealingPolicy policy, ConfigDocument config, IEnvironmentReader environment)
    : IEffectiveSettings
{
    public IEnumerable<EffectiveSetting> Describe()
    {
        string prefix = SelfHealingPolicyLoader.Prefix;
        foreach ((string key, string variable) in SelfHealingPolicyLoader.Knobs)
        {
            string source = SettingValues.EnvFirstSourceOf(config, environment, $"{prefix}.{key}", variable);
            yield return key switch
            {
                "enabled" => SettingValues.Flag($"{prefix}.enabled", policy.Enabled, source),
                "circuitBreaker" => SettingValues.Flag($"{prefix}.circuitBreaker", policy.CircuitBreaker, source),
                "maxAttempts" => SettingValues.Number($"{prefix}.maxAttempts", policy.MaxAttempts, source),
                "backoffMs" => SettingValues.Number($"{prefix}.backoffMs", policy.BackoffMs, source),
                "maxBackoffMs" => SettingValues.Number($"{prefix}.maxBackoffMs", policy.MaxBackoffMs, source),
                _ => SettingValues.Number($"{prefix}.attemptTimeoutMs", policy.AttemptTimeoutMs, source),
            };
        }

        yield return SettingValues.Text("agents.defaults.model.primary", options.Primary?.ToString(), File("agents.defaults.model"));
        yield return SettingValues.List("agents.defaults.model.fallbacks", [.. options.Fallbacks.Select(f => f.ToString())], File("agents.defaults.model"));
        yield return SettingValues.Number("agents.defaults.timeoutMs", options.RunTimeoutMs, File("agents.defaults.timeoutMs"));
        yield return SettingValues.Number("agents.defaults.maxConcurrent", options.MaxConcurrentRuns, File("agents.defaults.maxConcurrent"));
        foreach (AgentProviderOptions provider in options.Providers.Where(p => p.Declared || p.ApiKey is not null))
        {
            string key = $"models.providers.{provider.Id}";
            string source = provider.Declared ? "file" : "env";
            yield return SettingValues.Text($"{key}.baseUrl", provider.DisplayUrl, provider.Declared ? File($"{key}.baseUrl") : "default");
            yield return SettingValues.Text($"{key}.api", provider.Api, provider.Declared ? File($"{key}.api") : "default");
            if (provider.KeyRequired)
            {
                yield return SettingValues.Text($"{key}.apiKey", provider.ApiKey, provider.ApiKey is null ? "default"
                    : config.TryGet($"{key}.apiKey", out _) ? "file" : "env", secret: true);
            }

            yield return SettingValues.List($"{key}.models", [.. provider.Models.Select(m => m.Id)], source);
        }
    }

    private string File(string key) => SettingValues.SourceOf(config, environment, key);
}

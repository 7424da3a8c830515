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
        yield return SettingValues.Flag(SelfHealingConfigKeys.Enabled.Key, policy.Enabled, EnvFirst(SelfHealingConfigKeys.Enabled));
        yield return SettingValues.Number(SelfHealingConfigKeys.MaxAttempts.Key, policy.MaxAttempts, EnvFirst(SelfHealingConfigKeys.MaxAttempts));
        yield return SettingValues.Number(SelfHealingConfigKeys.BackoffMs.Key, policy.BackoffMs, EnvFirst(SelfHealingConfigKeys.BackoffMs));
        yield return SettingValues.Number(SelfHealingConfigKeys.MaxBackoffMs.Key, policy.MaxBackoffMs, EnvFirst(SelfHealingConfigKeys.MaxBackoffMs));
        yield return SettingValues.Number(SelfHealingConfigKeys.AttemptTimeoutMs.Key, policy.AttemptTimeoutMs, EnvFirst(SelfHealingConfigKeys.AttemptTimeoutMs));
        yield return SettingValues.Flag(SelfHealingConfigKeys.CircuitBreaker.Key, policy.CircuitBreaker, EnvFirst(SelfHealingConfigKeys.CircuitBreaker));

        // The whole chain is one value in the file (a string or an object), so both parts take its source.
        string chainSource = Source(AgentConfigKeys.Model);
        yield return SettingValues.Text(AgentConfigKeys.ModelPrimary.Key, options.Primary?.ToString(), chainSource);
        yield return SettingValues.List(AgentConfigKeys.ModelFallbacks.Key, [.. options.Fallbacks.Select(f => f.ToString())], chainSource);
        yield return SettingValues.Number(AgentConfigKeys.TimeoutMs.Key, options.RunTimeoutMs, Source(AgentConfigKeys.TimeoutMs));
        yield return SettingValues.Number(AgentConfigKeys.MaxConcurrent.Key, options.MaxConcurrentRuns, Source(AgentConfigKeys.MaxConcurrent));
        foreach (AgentProviderOptions provider in options.Providers.Where(p => p.Declared || p.ApiKey is not null))
        {
            AgentProviderKeys keys = AgentConfigKeys.Provider(provider.Id);
            yield return SettingValues.Text(keys.BaseUrl.Key, provider.DisplayUrl, provider.Declared ? Source(keys.BaseUrl) : "default");
            yield return SettingValues.Text(keys.Api.Key, provider.Api, provider.Declared ? Source(keys.Api) : "default");
            if (provider.KeyRequired)
            {
                yield return SettingValues.Text(keys.ApiKey.Key, provider.ApiKey, provider.ApiKey is null ? "default"
                    : config.TryGet(keys.ApiKey.Key, out _) ? "file" : "env", secret: true);
            }

            yield return SettingValues.List(keys.Models.Key, [.. provider.Models.Select(m => m.Id)], provider.Declared ? "file" : "env");
        }
    }

    private string Source(ConfigKey key) => SettingValues.SourceOf(config, environment, key);

    private string EnvFirst(ConfigKey key) => SettingValues.EnvFirstSourceOf(config, environment, key);
}

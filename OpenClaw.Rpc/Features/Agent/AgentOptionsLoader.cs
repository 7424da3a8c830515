using System.Text.Json;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>
/// Reads <c>models.providers.*</c> and <c>agents.defaults.*</c> in the upstream OpenClaw shape; a bad value throws
/// <see cref="ConfigException"/> naming the key.
/// </summary>
internal static class AgentOptionsLoader
{
    public const int DefaultMaxTokens = 4096;

    public static AgentOptions Load(RuntimeSettings settings, IEnvironmentReader environment)
    {
        ConfigDocument config = settings.Config;
        var providers = new List<AgentProviderOptions>();
        if (config.TryGet(AgentConfigKeys.Providers.Key, out JsonElement declared))
        {
            if (declared.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigException(AgentConfigKeys.Providers.Key, "must be an object of providers by id");
            }

            foreach (JsonProperty provider in declared.EnumerateObject())
            {
                providers.Add(ProviderEntryReader.Read(config, environment, provider.Name));
            }
        }

        foreach (WellKnownProvider known in WellKnownProviders.All.Where(k => providers.All(p => p.Id != k.Id)))
        {
            string? key = known.KeyVariable is null ? null : environment.Read(known.KeyVariable);
            providers.Add(new AgentProviderOptions(known.Id, known.Api, known.BaseUrl, key, known.KeyVariable ?? "(keyless)",
                known.KeyVariable is not null, [new AgentModelOptions(known.DefaultModel, null)], Declared: false));
        }

        (ModelRef? primary, IReadOnlyList<ModelRef> fallbacks) = Chain(config, providers);
        return new AgentOptions
        {
            Providers = providers,
            Primary = primary,
            Fallbacks = fallbacks,
            RunTimeoutMs = config.GetInt(AgentConfigKeys.TimeoutMs.Key, 100, 3_600_000) ?? AgentOptions.DefaultRunTimeoutMs,
            MaxMessageLength = config.GetInt(AgentConfigKeys.MaxMessageLength.Key, 1, 10_000_000) ?? AgentOptions.DefaultMaxMessageLength,
            MaxConcurrentRuns = config.GetInt(AgentConfigKeys.MaxConcurrent.Key, 1, 256) ?? AgentOptions.DefaultMaxConcurrentRuns,
            SystemPrompt = config.GetString(AgentConfigKeys.SystemPrompt.Key) is { Length: > 0 } system ? system : null,
        };
    }

    private static (ModelRef? Primary, IReadOnlyList<ModelRef> Fallbacks) Chain(ConfigDocument config, List<AgentProviderOptions> providers)
    {
        string key = AgentConfigKeys.Model.Key;
        if (!config.TryGet(key, out JsonElement model))
        {
            return (null, []);
        }

        if (model.ValueKind == JsonValueKind.String)
        {
            return (Reference(config.GetString(key), key, providers), []);
        }

        if (model.ValueKind != JsonValueKind.Object)
        {
            throw new ConfigException(key, "must be \"provider/model\" or {\"primary\", \"fallbacks\"}");
        }

        string primaryKey = AgentConfigKeys.ModelPrimary.Key;
        ModelRef? primary = config.TryGet(primaryKey, out _) ? Reference(config.GetString(primaryKey), primaryKey, providers) : null;
        var fallbacks = new List<ModelRef>();
        if (config.TryGet(AgentConfigKeys.ModelFallbacks.Key, out JsonElement list))
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                throw new ConfigException(AgentConfigKeys.ModelFallbacks.Key, "must be an array of \"provider/model\" strings");
            }

            foreach (JsonElement item in list.EnumerateArray())
            {
                string path = $"{AgentConfigKeys.ModelFallbacks.Key}[{fallbacks.Count}]";
                fallbacks.Add(Reference(item.ValueKind == JsonValueKind.String ? config.Expand(item.GetString()!) : null, path, providers));
            }
        }

        return (primary, fallbacks);
    }

    private static ModelRef Reference(string? text, string key, List<AgentProviderOptions> providers)
    {
        if (!ModelRef.TryParse(text, out ModelRef reference))
        {
            throw new ConfigException(key, "must be a \"provider/model\" string");
        }

        return providers.Any(p => p.Id == reference.Provider)
            ? reference
            : throw new ConfigException(key, $"unknown provider '{reference.Provider}'; declare it under {AgentConfigKeys.Providers.Key}");
    }
}

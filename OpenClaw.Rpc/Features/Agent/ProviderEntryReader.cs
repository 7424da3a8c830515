using System.Text.Json;
using System.Text.RegularExpressions;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>
/// Reads one <c>models.providers.&lt;id&gt;</c> entry: API, base URL, key (from <c>apiKey</c>, <c>apiKeyEnv</c> or the
/// well-known variable) and models. A bad value throws <see cref="ConfigException"/> naming the key.
/// </summary>
internal static partial class ProviderEntryReader
{
    public static AgentProviderOptions Read(ConfigDocument config, IEnvironmentReader environment, string id)
    {
        AgentProviderKeys keys = AgentConfigKeys.Provider(id);
        if (!ProviderId().IsMatch(id))
        {
            throw new ConfigException(keys.Entry, "a provider id is lower-case letters, digits, '-' or '_'");
        }

        WellKnownProvider? known = WellKnownProviders.Find(id);
        string api = config.GetString(keys.Api.Key)?.Trim().ToLowerInvariant() ?? known?.Api ?? ProviderApis.OpenAiCompletions;
        if (!ProviderApis.Accepted.Contains(api))
        {
            throw new ConfigException(keys.Api.Key,
                $"unknown api '{api}'; use {string.Join(", ", ProviderApis.All)} or {ProviderApis.Ollama} (upstream's other APIs are accepted and skipped)");
        }

        string? unavailable = ProviderApis.UpstreamOnly.Contains(api) ? $"not available in this runtime: api '{api}'" : null;
        string? configuredUrl = config.GetString(keys.BaseUrl.Key);
        string baseUrl = api == ProviderApis.Ollama ? OllamaOpenAiUrl(configuredUrl ?? OllamaDefaultUrl)
            : configuredUrl ?? known?.BaseUrl ?? (unavailable is not null ? string.Empty
            : throw new ConfigException(keys.BaseUrl.Key, "is required for a provider this runtime does not know"));
        api = api == ProviderApis.Ollama ? ProviderApis.OpenAiCompletions : api;
        if (baseUrl.Length > 0 && (!Uri.TryCreate(baseUrl, UriKind.Absolute, out Uri? parsed) || parsed.Scheme is not ("http" or "https")))
        {
            throw new ConfigException(keys.BaseUrl.Key, "must be an absolute http or https URL");
        }

        if (baseUrl.Length > 0 && new Uri(baseUrl).UserInfo.Length > 0)
        {
            throw new ConfigException(keys.BaseUrl.Key, "must not carry credentials (user:password@); use apiKey");
        }

        (string? key, string keySource, bool keyRequired) = Key(config, environment, keys, known);
        List<AgentModelOptions> models = Models(config, keys.Models.Key);
        if (models.Count == 0 && unavailable is null)
        {
            models = known is not null
                ? [new AgentModelOptions(known.DefaultModel, null)]
                : throw new ConfigException(keys.Models.Key, "name at least one model (the first is the default)");
        }

        return new AgentProviderOptions(id, api, baseUrl.TrimEnd('/'), key, keySource, keyRequired, models, Declared: true, unavailable);
    }

    /// <summary>Where upstream's <c>api: "ollama"</c> points when its entry has no <c>baseUrl</c>: Ollama's default address.</summary>
    internal const string OllamaDefaultUrl = "http://127.0.0.1:11434";

    /// <summary>Ollama's OpenAI-compatible endpoint on the server at <paramref name="url"/> (upstream names the server root).</summary>
    private static string OllamaOpenAiUrl(string url)
    {
        string root = url.TrimEnd('/');
        return root.EndsWith("/v1", StringComparison.Ordinal) ? root : root + "/v1";
    }

    /// <summary>
    /// The key: <c>apiKey</c> (often <c>${VAR}</c>), else <c>apiKeyEnv</c>, else the well-known variable. A declared
    /// provider with none of them is keyless.
    /// </summary>
    private static (string? Key, string Source, bool Required) Key(ConfigDocument config, IEnvironmentReader environment, AgentProviderKeys keys,
        WellKnownProvider? known)
    {
        if (config.TryGet(keys.ApiKey.Key, out JsonElement raw))
        {
            string source = raw.ValueKind == JsonValueKind.String && VariableReference().Match(raw.GetString()!) is { Success: true } reference
                ? reference.Groups[1].Value
                : keys.ApiKey.Key;
            return (config.GetString(keys.ApiKey.Key) is { Length: > 0 } key ? key : null, source, true);
        }

        if (config.GetString(keys.ApiKeyEnv.Key) is { Length: > 0 } variable)
        {
            return (environment.Read(variable), variable, true);
        }

        return known?.KeyVariable is { } wellKnown ? (environment.Read(wellKnown), wellKnown, true) : (null, "(keyless)", false);
    }

    private static List<AgentModelOptions> Models(ConfigDocument config, string key)
    {
        if (!config.TryGet(key, out JsonElement models))
        {
            return [];
        }

        if (models.ValueKind != JsonValueKind.Array)
        {
            throw new ConfigException(key, "must be an array of models ({\"id\": ...} or strings)");
        }

        var result = new List<AgentModelOptions>();
        foreach (JsonElement model in models.EnumerateArray())
        {
            string? id = model.ValueKind switch
            {
                JsonValueKind.String => model.GetString(),
                JsonValueKind.Object when model.TryGetProperty("id", out JsonElement value) && value.ValueKind == JsonValueKind.String => value.GetString(),
                _ => null,
            };
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ConfigException($"{key}[{result.Count}]", "must be a model id string or an object with an \"id\" string");
            }

            int? maxTokens = null;
            if (model.ValueKind == JsonValueKind.Object && model.TryGetProperty("maxTokens", out JsonElement tokens))
            {
                maxTokens = tokens.ValueKind == JsonValueKind.Number && tokens.TryGetInt32(out int given) && given is > 0 and <= 1_000_000
                    ? given
                    : throw new ConfigException($"{key}[{result.Count}].maxTokens", "must be an integer from 1 to 1000000");
            }

            result.Add(new AgentModelOptions(id.Trim(), maxTokens));
        }

        return result;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex ProviderId();

    [GeneratedRegex(@"^\s*\$\{([A-Za-z_][A-Za-z0-9_]*)\}\s*$")]
    private static partial Regex VariableReference();
}

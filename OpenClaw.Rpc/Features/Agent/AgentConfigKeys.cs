using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>
/// The <c>models.*</c> and <c>agents.*</c> keys the agent reads, listed once for <see cref="AgentOptionsLoader"/>,
/// <see cref="ProviderEntryReader"/> and the agent's <c>config.get</c> entries. Both are upstream OpenClaw sections
/// with keys this runtime does not read, so they are not owned: doctor never flags a key there as a typo.
/// </summary>
internal static class AgentConfigKeys
{
    /// <summary>An object of providers by id; <see cref="Provider"/> gives the keys of one.</summary>
    public static readonly ConfigKey Providers = new("models.providers");

    /// <summary><c>"provider/model"</c>, or an object of <see cref="ModelPrimary"/> and <see cref="ModelFallbacks"/>.</summary>
    public static readonly ConfigKey Model = new("agents.defaults.model");

    public static readonly ConfigKey ModelPrimary = new("agents.defaults.model.primary");

    public static readonly ConfigKey ModelFallbacks = new("agents.defaults.model.fallbacks");

    public static readonly ConfigKey TimeoutMs = new("agents.defaults.timeoutMs");

    public static readonly ConfigKey MaxMessageLength = new("agents.defaults.maxMessageLength");

    public static readonly ConfigKey MaxConcurrent = new("agents.defaults.maxConcurrent");

    public static readonly ConfigKey SystemPrompt = new("agents.defaults.system");

    /// <summary>Every key above; each provider's own keys come from <see cref="Provider"/>.</summary>
    public static readonly IReadOnlyList<ConfigKey> All =
        [Providers, Model, ModelPrimary, ModelFallbacks, TimeoutMs, MaxMessageLength, MaxConcurrent, SystemPrompt];

    /// <summary>The keys of the provider entry <c>models.providers.&lt;id&gt;</c>.</summary>
    public static AgentProviderKeys Provider(string id)
    {
        string entry = $"{Providers.Key}.{id}";
        return new AgentProviderKeys(entry, new($"{entry}.api"), new($"{entry}.baseUrl"), new($"{entry}.apiKey"), new($"{entry}.apiKeyEnv"),
            new($"{entry}.models"));
    }
}

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>
/// Providers that work without a <c>models.providers</c> entry: the cloud ones from their key variable, and a local
/// Ollama that is used only when a model reference names it.
/// </summary>
internal static class WellKnownProviders
{
    public static readonly IReadOnlyList<WellKnownProvider> All =
    [
        new("openai", ProviderApis.OpenAiCompletions, "https://api.openai.com/v1", "OPENAI_API_KEY", "gpt-4o-mini"),
        new("anthropic", ProviderApis.AnthropicMessages, "https://api.anthropic.com", "ANTHROPIC_API_KEY", "claude-sonnet-4-5"),
        new("openrouter", ProviderApis.OpenAiCompletions, "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY", "openrouter/auto"),
        new("ollama", ProviderApis.OpenAiCompletions, "http://127.0.0.1:11434/v1", null, "llama3.2"),
    ];

    public static WellKnownProvider? Find(string id) => All.FirstOrDefault(p => p.Id == id);
}

/// <summary>A provider's defaults; <see cref="KeyVariable"/> null means keyless (local).</summary>
internal sealed record WellKnownProvider(string Id, string Api, string BaseUrl, string? KeyVariable, string DefaultModel);

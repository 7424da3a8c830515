namespace OpenClaw.Rpc.Features.Agent;

/// <summary>
/// One LLM provider: where it is, which API it speaks, its key (never logged) and models. A provider is usable when
/// it has a key, or when it was declared without an <c>apiKey</c> (a keyless local server such as Ollama).
/// </summary>
internal sealed record AgentProviderOptions(
    string Id,
    string Api,
    string BaseUrl,
    string? ApiKey,
    string KeySource,
    bool KeyRequired,
    IReadOnlyList<AgentModelOptions> Models,
    bool Declared,
    string? Unavailable = null)
{
    /// <summary>Configured: it can be called now. Unconfigured providers are skipped without spending attempts.</summary>
    public bool Configured => Unavailable is null && (ApiKey is not null || !KeyRequired);

    /// <summary>Why it cannot be called, when it cannot: an upstream API this runtime does not speak, or a missing key.</summary>
    public string? NotConfiguredReason => Configured ? null : Unavailable ?? $"not configured: {KeySource} is not set";

    /// <summary>The base URL as shown in answers and findings: without a query string, which might hold a key.</summary>
    public string DisplayUrl => Uri.TryCreate(BaseUrl, UriKind.Absolute, out Uri? url) ? url.GetLeftPart(UriPartial.Path).TrimEnd('/') : BaseUrl;

    public string DefaultModel => Models.Count > 0 ? Models[0].Id : string.Empty;

    public AgentModelOptions? Model(string id) => Models.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));
}

/// <summary>One model of a provider; <see cref="MaxTokens"/> bounds the answer when set (Anthropic needs one: 4096 by default).</summary>
internal sealed record AgentModelOptions(string Id, int? MaxTokens);

/// <summary>The provider APIs this runtime speaks.</summary>
internal static class ProviderApis
{
    /// <summary>OpenAI chat completions: OpenAI, OpenRouter, Ollama, llama.cpp server, vLLM, LM Studio.</summary>
    public const string OpenAiCompletions = "openai-completions";

    /// <summary>Anthropic Messages.</summary>
    public const string AnthropicMessages = "anthropic-messages";

    /// <summary>
    /// Upstream's native Ollama API. Read as <see cref="OpenAiCompletions"/> against the same server's OpenAI-compatible
    /// endpoint under <c>/v1</c> (same models, same streaming), so no second wire client is needed.
    /// </summary>
    public const string Ollama = "ollama";

    public static readonly IReadOnlyList<string> All = [OpenAiCompletions, AnthropicMessages];

    /// <summary>The values a config may name: <see cref="All"/>, <see cref="Ollama"/> and <see cref="UpstreamOnly"/>.</summary>
    public static readonly IReadOnlyList<string> Accepted = [.. All, Ollama, .. UpstreamOnly];

    /// <summary>
    /// APIs upstream OpenClaw speaks and this runtime does not: a provider naming one is accepted and kept in the chain,
    /// where it is skipped with "not available in this runtime" (and doctor warns), instead of stopping start-up.
    /// </summary>
    public static IReadOnlyList<string> UpstreamOnly =>
    [
        "openai-responses", "openai-codex-responses", "azure-openai-responses", "google-generative-ai", "google-vertex", "google-gemini-cli",
        "bedrock-converse-stream", "mistral-conversations", "github-copilot",
    ];
}

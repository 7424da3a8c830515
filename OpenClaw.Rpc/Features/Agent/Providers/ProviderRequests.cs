using System.Net.Http.Headers;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>
/// A request to a provider's endpoint with its API's authentication: a bearer key for OpenAI-compatible servers,
/// <c>x-api-key</c> and <c>anthropic-version</c> for Anthropic (whose paths live under <c>/v1</c>). Keyless
/// providers get no key header.
/// </summary>
internal static class ProviderRequests
{
    public const string AnthropicVersion = "2023-06-01";

    /// <summary>A request for <paramref name="path"/> (for example <c>/models</c>) under the provider's API root.</summary>
    public static HttpRequestMessage Create(AgentProviderOptions provider, HttpMethod method, string path, bool stream = false)
    {
        bool anthropic = provider.Api == ProviderApis.AnthropicMessages;
        string root = anthropic && !provider.BaseUrl.EndsWith("/v1", StringComparison.Ordinal) ? $"{provider.BaseUrl}/v1" : provider.BaseUrl;
        var request = new HttpRequestMessage(method, root + path);
        if (anthropic)
        {
            if (provider.ApiKey is { } key)
            {
                request.Headers.Add("x-api-key", key);
            }

            request.Headers.Add("anthropic-version", AnthropicVersion);
        }
        else if (provider.ApiKey is { } bearer)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (stream)
        {
            request.Headers.Accept.ParseAdd("text/event-stream");
        }

        return request;
    }
}

using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>The two ways a provider is asked: for one JSON answer, or for a stream of server-sent events.</summary>
internal static class ChatExchange
{
    /// <summary>Sends <paramref name="request"/> and parses the whole answer; the caller disposes the document.</summary>
    public static async Task<JsonDocument> AnswerAsync(ProviderHttp http, HttpRequestMessage request, AgentProviderOptions provider,
        CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await http.SendAsync(request, provider.Id, provider.KeySource, cancellationToken).ConfigureAwait(false);
        byte[] body = await ProviderBody.ReadAsync(response, provider.Id, ProviderBody.MaxAnswerBytes, cancellationToken).ConfigureAwait(false);
        return ChatResponseReader.Parse(provider.Id, body);
    }

    /// <summary>Sends <paramref name="request"/> and yields the answer's events; the response lives as long as the enumeration.</summary>
    public static async IAsyncEnumerable<SseItem<string>> EventsAsync(ProviderHttp http, HttpRequestMessage request, AgentProviderOptions provider,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await http.SendAsync(request, provider.Id, provider.KeySource, cancellationToken).ConfigureAwait(false);
        Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await foreach (SseItem<string> sse in StreamReading.EventsAsync(body, provider.Id, cancellationToken).ConfigureAwait(false))
        {
            yield return sse;
        }
    }
}

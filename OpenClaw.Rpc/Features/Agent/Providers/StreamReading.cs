using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>Server-sent events of a provider's answer, bounded in size, with a connection cut turned into a transient failure.</summary>
internal static class StreamReading
{
    public static async IAsyncEnumerable<SseItem<string>> EventsAsync(Stream body, string provider, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        SseParser<string> parser = SseParser.Create(new BoundedEventStream(body, provider));
        IAsyncEnumerator<SseItem<string>> events = parser.EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (events.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await events.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or IOException)
                {
                    throw ProviderFailure.Transient($"{provider}: the stream was cut", inner: e);
                }

                yield return events.Current;
            }
        }
    }
}

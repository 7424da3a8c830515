using System.Runtime.CompilerServices;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>Server-sent events of a provider's answer, with a connection cut turned into a transient failure.</summary>
internal static class StreamReading
{
    public static async IAsyncEnumerable<ServerSentEvent> EventsAsync(Stream body, string provider, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        IAsyncEnumerator<ServerSentEvent> events = ServerSentEvents.ReadAsync(body, cancellationToken).GetAsyncEnumerator(cancellationToken);
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

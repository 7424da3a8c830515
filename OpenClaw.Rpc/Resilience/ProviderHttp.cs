using System.Net;
using System.Text;

namespace OpenClaw.Rpc.Resilience;

/// <summary>
/// The one HTTP seam of every cloud provider (agent models, text-to-speech): a client created on first use from the
/// handler factory the container was given (tests inject theirs), and the mapping of each HTTP outcome to a classified
/// <see cref="ProviderFailure"/>. Reasons name the status and the provider's error code, never a key or a body.
/// </summary>
internal sealed class ProviderHttp(Func<HttpMessageHandler> createHandler, TimeProvider time) : IDisposable
{
    private readonly Lazy<HttpClient> _client = new(() => new HttpClient(createHandler(), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan });

    /// <summary>The default handler: pooled connections renewed every few minutes so DNS changes are seen.</summary>
    public static HttpMessageHandler DefaultHandler() => new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),

        // No connect timeout of its own: the chain's attempt timeout bounds connecting too.
        ConnectTimeout = Timeout.InfiniteTimeSpan,
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
    };

    /// <summary>Sends the request and returns a successful response (headers read, body not yet); every failure is classified.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string provider, string keySource, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _client.Value.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw HttpFailures.Unreachable(request, e);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            string body = await ReadErrorBodyAsync(response, cancellationToken).ConfigureAwait(false);
            throw HttpFailures.Classify(response, body, provider, keySource, time.GetUtcNow());
        }
    }

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }

    private static async Task<string> ReadErrorBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            // Error bodies are small; read at most 64 KiB of one.
            (byte[] body, _) = await ProviderBody.ReadUpToAsync(response, 64 * 1024, cancellationToken).ConfigureAwait(false);
            return Encoding.UTF8.GetString(body);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return string.Empty;
        }
    }
}

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>
/// The HTTP client the LLM providers share, created on first use from the handler factory the container was given
/// (tests inject theirs), and the mapping of each HTTP outcome to a classified <see cref="ProviderFailure"/>.
/// </summary>
internal sealed class ChatHttp(Func<HttpMessageHandler> createHandler, TimeProvider time) : IDisposable
{
    private readonly Lazy<HttpClient> _client = new(() => new HttpClient(createHandler(), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan });

    /// <summary>The default handler: pooled connections renewed every few minutes so DNS changes are seen.</summary>
    public static HttpMessageHandler DefaultHandler() => new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),

        // No connect timeout of its own: the attempt timeout (attemptTimeoutMs) bounds connecting too.
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
            throw ProviderFailure.Transient($"cannot reach {request.RequestUri?.GetLeftPart(UriPartial.Authority)} ({Describe(e.HttpRequestError)})", inner: e);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            string body = await ReadErrorBodyAsync(response, cancellationToken).ConfigureAwait(false);
            throw Classify(response, body, provider, keySource, time.GetUtcNow());
        }
    }

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }

    /// <summary>Maps an HTTP error to its class; the reason names the status and the provider's error code, never its message.</summary>
    internal static ProviderFailure Classify(HttpResponseMessage response, string body, string provider, string keySource, DateTimeOffset now)
    {
        int status = (int)response.StatusCode;
        string code = ErrorCode(body) is { } c ? $", {c}" : string.Empty;
        if (LooksLikeContextOverflow(status, body))
        {
            return new ProviderFailure(FailureClass.ContextTooLong, $"{provider}: the conversation is too long for the model (HTTP {status}{code})");
        }

        return status switch
        {
            401 or 403 => ProviderFailure.Permanent($"{provider} refused the key (HTTP {status}{code}); check {keySource}"),
            429 => ProviderFailure.Transient($"{provider} is rate limiting (HTTP 429{code}{RetryAfterText(response, now)})", RetryAfter(response, now)),
            408 or 425 or >= 500 => ProviderFailure.Transient($"{provider} server error (HTTP {status}{code})", RetryAfter(response, now)),
            404 => ProviderFailure.Permanent($"{provider} does not know the model or endpoint (HTTP 404{code})"),
            _ => ProviderFailure.Permanent($"{provider} refused the request (HTTP {status}{code})"),
        };
    }

    /// <summary>The provider's <c>Retry-After</c> (seconds or a date), when present.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - now is { Ticks: > 0 } wait ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static string RetryAfterText(HttpResponseMessage response, DateTimeOffset now) => RetryAfter(response, now) is { } wait
        ? string.Create(CultureInfo.InvariantCulture, $", retry after {wait.TotalMilliseconds:0} ms")
        : string.Empty;

    private static bool LooksLikeContextOverflow(int status, string body) => status is 400 or 413 or 422
        && (body.Contains("context_length_exceeded", StringComparison.OrdinalIgnoreCase)
            || body.Contains("maximum context length", StringComparison.OrdinalIgnoreCase)
            || body.Contains("prompt is too long", StringComparison.OrdinalIgnoreCase)
            || body.Contains("request_too_large", StringComparison.OrdinalIgnoreCase)
            || body.Contains("context window", StringComparison.OrdinalIgnoreCase));

    /// <summary>The error's machine code (<c>error.code</c> or <c>error.type</c>) when the body is JSON; short and safe to show.</summary>
    private static string? ErrorCode(string body)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out JsonElement error)
                && error.ValueKind == JsonValueKind.Object)
            {
                foreach (string name in (string[])["code", "type"])
                {
                    if (error.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
                        && value.GetString() is { Length: > 0 and <= 64 } text && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
                    {
                        return text;
                    }
                }
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    private static async Task<string> ReadErrorBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            // Error bodies are small; read at most 64 KiB of one.
            Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                byte[] buffer = new byte[64 * 1024];
                int total = 0;
                int read;
                while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                }

                return Encoding.UTF8.GetString(buffer, 0, total);
            }
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return string.Empty;
        }
    }

    private static string Describe(HttpRequestError error) => error switch
    {
        HttpRequestError.ConnectionError => "connection refused or reset",
        HttpRequestError.NameResolutionError => "name not resolved",
        HttpRequestError.SecureConnectionError => "TLS handshake failed",
        HttpRequestError.ResponseEnded => "response ended early",
        _ => error.ToString(),
    };
}

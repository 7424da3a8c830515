using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using OpenClaw.Rpc.Audio;

namespace OpenClaw.Rpc.Features.Tts.Providers;

/// <summary>
/// The HTTP client cloud providers share, created on first use (nothing at start-up), and the mapping of
/// every HTTP outcome to an attempt reason. Reasons never include the key or the response body.
/// </summary>
internal sealed class TtsHttp : IDisposable
{
    private readonly Lazy<HttpClient> _client = new(() => new HttpClient { Timeout = Timeout.InfiniteTimeSpan });

    public async Task<byte[]> PostAsync(HttpRequestMessage request, string provider, string keySource, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _client.Value.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new TtsProviderException($"cannot reach {request.RequestUri?.GetLeftPart(UriPartial.Authority)}: {e.HttpRequestError}");
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new TtsProviderException(Describe(response, provider, keySource));
            }

            return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static byte[] RequireAudio(byte[] body, string format, string provider)
    {
        if (format == AudioFormat.Wav)
        {
            return WavFile.TryParse(body)?.Normalize(body) ?? throw new TtsProviderException($"{provider} answered with something that is not WAV audio");
        }

        return AudioProbe.Measure(format, body) is null ? throw new TtsProviderException($"{provider} answered with something that is not {format} audio") : body;
    }

    public static AuthenticationHeaderValue Bearer(string key) => new("Bearer", key);

    /// <summary>A cloud provider is configured exactly when it has a key; it produces every format.</summary>
    public static TtsProviderState KeyState(CloudTtsOptions cloud) => cloud.ApiKey is null
        ? new TtsProviderState(false, false, $"not configured: {cloud.KeySource} is not set", AudioFormat.All, KeyPresent: false)
        : new TtsProviderState(true, true, null, AudioFormat.All, KeyPresent: true);

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }

    private static string Describe(HttpResponseMessage response, string provider, string keySource)
    {
        int code = (int)response.StatusCode;
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => $"{provider} refused the key (HTTP {code}); check {keySource}",
            HttpStatusCode.TooManyRequests => $"{provider} is rate limiting (HTTP 429{RetryAfter(response)})",
            >= HttpStatusCode.InternalServerError => $"{provider} server error (HTTP {code})",
            _ => $"{provider} refused the request (HTTP {code})",
        };
    }

    private static string RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => string.Create(CultureInfo.InvariantCulture, $", retry after {delta.TotalSeconds:0} s"),
        { Date: { } date } => string.Create(CultureInfo.InvariantCulture, $", retry after {date:u}"),
        _ => string.Empty,
    };
}

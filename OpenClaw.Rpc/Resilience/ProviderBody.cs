using System.Buffers;
using System.Globalization;

namespace OpenClaw.Rpc.Resilience;

/// <summary>
/// A provider's body read up to a bound. A successful answer is read whole or not at all: a server that sends without
/// end fails the attempt (not retried on that provider) instead of filling the runtime's memory, and a connection cut
/// mid-body is transient. An error body is only cut short.
/// </summary>
internal static class ProviderBody
{
    /// <summary>Far above any chat completion (a few KiB to a few hundred).</summary>
    public const int MaxAnswerBytes = 16 * 1024 * 1024;

    /// <summary>Far above the longest audio a cloud voice returns for one request (minutes of speech).</summary>
    public const int MaxAudioBytes = 64 * 1024 * 1024;

    public static async Task<byte[]> ReadAsync(HttpResponseMessage response, string provider, int maxBytes, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            throw TooLarge(provider, maxBytes);
        }

        try
        {
            (byte[] body, bool whole) = await ReadUpToAsync(response, maxBytes, cancellationToken).ConfigureAwait(false);
            return whole ? body : throw TooLarge(provider, maxBytes);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw ProviderFailure.Transient($"{provider}: the connection was cut while reading the answer", inner: e);
        }
    }

    /// <summary>At most <paramref name="maxBytes"/> of the body, and whether that was all of it.</summary>
    public static async Task<(byte[] Body, bool Whole)> ReadUpToAsync(HttpResponseMessage response, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        byte[] chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var body = new MemoryStream();
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    int kept = (int)Math.Min(read, maxBytes - body.Length);
                    body.Write(chunk, 0, kept);
                    if (kept < read)
                    {
                        return (body.ToArray(), false);
                    }
                }

                return (body.ToArray(), true);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static ProviderFailure TooLarge(string provider, int maxBytes) =>
        ProviderFailure.Permanent(string.Create(CultureInfo.InvariantCulture, $"{provider} answered with more than {maxBytes / (1024 * 1024)} MiB; the answer was refused"));
}

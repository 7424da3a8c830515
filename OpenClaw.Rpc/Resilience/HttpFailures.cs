using System.Globalization;
using System.Text.Json;

namespace OpenClaw.Rpc.Resilience;

/// <summary>How an HTTP outcome becomes a classified <see cref="ProviderFailure"/>, in words safe to show.</summary>
internal static class HttpFailures
{
    /// <summary>The provider could not be reached at all (connection, DNS, TLS): transient.</summary>
    public static ProviderFailure Unreachable(HttpRequestMessage request, HttpRequestException e) =>
        ProviderFailure.Transient($"cannot reach {request.RequestUri?.GetLeftPart(UriPartial.Authority)} ({Describe(e.HttpRequestError)})", inner: e);

    /// <summary>Maps an HTTP error to its class; the reason names the status and the provider's error code, never its message.</summary>
    public static ProviderFailure Classify(HttpResponseMessage response, string body, string provider, string keySource, DateTimeOffset now)
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
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
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

    private static string Describe(HttpRequestError error) => error switch
    {
        HttpRequestError.ConnectionError => "connection refused or reset",
        HttpRequestError.NameResolutionError => "name not resolved",
        HttpRequestError.SecureConnectionError => "TLS handshake failed",
        HttpRequestError.ResponseEnded => "response ended early",
        _ => error.ToString(),
    };
}

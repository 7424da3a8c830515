namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>How a provider failure is handled by self-healing.</summary>
internal enum FailureClass
{
    /// <summary>Timeout, 5xx, 429, connection reset, a stream cut before any text: retry with backoff.</summary>
    Transient,

    /// <summary>Refused key, bad request, unknown model, unusable answer: next provider at once, no retry.</summary>
    Permanent,

    /// <summary>The conversation is too long for the model: stop, no fallback (another model would refuse it too).</summary>
    ContextTooLong,

    /// <summary>The stream failed after text reached the client: stop, never replay silently.</summary>
    Interrupted,
}

/// <summary>
/// A provider call failed. <see cref="Exception.Message"/> is the attempt's reason: written for people, never holding
/// the key or the response body.
/// </summary>
internal sealed class ProviderFailure(FailureClass kind, string reason, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(reason, inner)
{
    public FailureClass Kind { get; } = kind;

    /// <summary>The provider's <c>Retry-After</c>, honoured before the next attempt on it.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    public static ProviderFailure Transient(string reason, TimeSpan? retryAfter = null, Exception? inner = null) =>
        new(FailureClass.Transient, reason, retryAfter, inner);

    public static ProviderFailure Permanent(string reason) => new(FailureClass.Permanent, reason);
}

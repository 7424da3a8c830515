namespace OpenClaw.Rpc.Resilience;

/// <summary>
/// A provider attempt failed. <see cref="Exception.Message"/> is the attempt's reason: written for people, never holding
/// a key or a response body.
/// </summary>
internal sealed class ProviderFailure(FailureClass kind, string reason, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(reason, inner)
{
    public FailureClass Kind { get; } = kind;

    /// <summary>The provider's <c>Retry-After</c>, honoured before the next attempt on it.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The attempt ran out of time (reported as <c>timeout</c>, not <c>failed</c>).</summary>
    public bool IsTimeout { get; init; }

    public static ProviderFailure Transient(string reason, TimeSpan? retryAfter = null, Exception? inner = null) =>
        new(FailureClass.Transient, reason, retryAfter, inner);

    public static ProviderFailure Permanent(string reason) => new(FailureClass.Permanent, reason);
}

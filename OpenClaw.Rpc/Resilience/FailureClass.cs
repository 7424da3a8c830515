namespace OpenClaw.Rpc.Resilience;

/// <summary>How a provider chain treats a failed attempt.</summary>
internal enum FailureClass
{
    /// <summary>Timeout, 5xx, 429, connection reset, a stream cut before any output: retry with backoff (when the policy retries).</summary>
    Transient,

    /// <summary>Refused key, bad request, unknown model, unusable answer, a crashed binary: next provider at once, no retry.</summary>
    Permanent,

    /// <summary>The input is too long for the model: stop, no fallback (another model would refuse it too).</summary>
    ContextTooLong,

    /// <summary>The attempt failed after output reached the client: stop, never replay silently.</summary>
    Interrupted,
}

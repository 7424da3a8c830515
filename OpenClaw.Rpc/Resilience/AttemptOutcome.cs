namespace OpenClaw.Rpc.Resilience;

/// <summary>What happened to one attempt, as every report shows it (<c>attempts[].outcome</c>).</summary>
internal static class AttemptOutcome
{
    /// <summary>The provider produced the result.</summary>
    public const string Success = "success";

    /// <summary>The provider ran and failed.</summary>
    public const string Failed = "failed";

    /// <summary>The provider ran past its time and was stopped.</summary>
    public const string Timeout = "timeout";

    /// <summary>The provider was not tried: not configured, not found, cannot produce the format, or its circuit is open.</summary>
    public const string Skipped = "skipped";

    /// <summary>The caller cancelled, or the run ran out of time, during this attempt.</summary>
    public const string Cancelled = "cancelled";
}

using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Protocol;

/// <summary>One provider attempt in a chain: <c>outcome</c> is success, failed, timeout or skipped.</summary>
public sealed record ProviderAttempt(
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("durationMs")] long DurationMs)
{
    /// <summary>The provider produced the result.</summary>
    public const string Success = "success";

    /// <summary>The provider ran and failed.</summary>
    public const string Failed = "failed";

    /// <summary>The provider ran past its time and was stopped.</summary>
    public const string Timeout = "timeout";

    /// <summary>The provider was not tried: not configured, not found, or cannot produce the format.</summary>
    public const string Skipped = "skipped";
}

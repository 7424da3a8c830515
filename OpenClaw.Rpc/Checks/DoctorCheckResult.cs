using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Checks;

/// <summary>The outcome of one check. <c>status</c> is pass, warn or fail.</summary>
public sealed record DoctorCheckResult(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("detail")] string? Detail = null,
    [property: JsonPropertyName("fixable")] bool? Fixable = null)
{
    /// <summary>Status: all good.</summary>
    public const string Pass = "pass";

    /// <summary>Status: works, but something deserves attention.</summary>
    public const string Warn = "warn";

    /// <summary>Status: broken; doctor exits 1.</summary>
    public const string Fail = "fail";
}

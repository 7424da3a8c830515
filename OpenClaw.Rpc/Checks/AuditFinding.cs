using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Checks;

/// <summary>One finding. <c>severity</c> is critical, warn or info; <c>checkId</c> is stable (protocol/diagnostics.md).</summary>
public sealed record AuditFinding(
    [property: JsonPropertyName("checkId")] string CheckId,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("detail")] string Detail,
    [property: JsonPropertyName("remediation")] string Remediation)
{
    /// <summary>Must be fixed; the CLI exits 2 while one remains.</summary>
    public const string Critical = "critical";

    /// <summary>Should be fixed.</summary>
    public const string Warn = "warn";

    /// <summary>Worth knowing.</summary>
    public const string Info = "info";
}

using System.Text.Json.Serialization;
using OpenClaw.Rpc.Checks;

namespace OpenClaw.Rpc.Features.Diagnostics;

internal sealed record AuditParams(
    [property: JsonPropertyName("deep")] bool? Deep,
    [property: JsonPropertyName("fix")] bool? Fix);

internal sealed record AuditResult(
    [property: JsonPropertyName("ts")] string Ts,
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("deep")] bool Deep,
    [property: JsonPropertyName("summary")] AuditSummary Summary,
    [property: JsonPropertyName("findings")] IReadOnlyList<AuditFinding> Findings,
    [property: JsonPropertyName("fix")] DoctorFix? Fix);

internal sealed record AuditSummary(
    [property: JsonPropertyName("critical")] int Critical,
    [property: JsonPropertyName("warn")] int Warn,
    [property: JsonPropertyName("info")] int Info);

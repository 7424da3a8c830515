using System.Text.Json.Serialization;
using OpenClaw.Rpc.Checks;

namespace OpenClaw.Rpc.Features.Diagnostics;

internal sealed record DoctorParams([property: JsonPropertyName("fix")] bool? Fix, [property: JsonPropertyName("deep")] bool? Deep);

internal sealed record DoctorResult(
    [property: JsonPropertyName("ok")] bool Ok,
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("checks")] IReadOnlyList<DoctorCheckResult> Checks,
    [property: JsonPropertyName("summary")] DoctorSummary Summary,
    [property: JsonPropertyName("fix")] DoctorFix? Fix);

internal sealed record DoctorSummary(
    [property: JsonPropertyName("pass")] int Pass,
    [property: JsonPropertyName("warn")] int Warn,
    [property: JsonPropertyName("fail")] int Fail);

internal sealed record DoctorFix([property: JsonPropertyName("changes")] IReadOnlyList<FixChange> Changes);

using System.Text.Json.Serialization;
using OpenClaw.Rpc.Checks;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Diagnostics;

/// <summary><c>doctor</c>: every check the areas contribute; runs even when the config is invalid.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IDoctor
{
    [JsonRpcMethod("doctor", UseSingleObjectParameterDeserialization = true)]
    Task<DoctorResult> InvokeAsync(DoctorParams? parameters = null, CancellationToken cancellationToken = default);
}

internal sealed record DoctorParams([property: JsonPropertyName("fix")] bool? Fix = null, [property: JsonPropertyName("deep")] bool? Deep = null);

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

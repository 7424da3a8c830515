using System.Text.Json.Serialization;
using OpenClaw.Rpc.Checks;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Diagnostics;

/// <summary><c>doctor</c>: every check the areas contribute; runs even when the config is invalid.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface IDoctor
{
    /// <summary>Sends <c>doctor</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("doctor", UseSingleObjectParameterDeserialization = true)]
    Task<DoctorResult> InvokeAsync(DoctorParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Part of the <c>DoctorParams</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record DoctorParams([property: JsonPropertyName("fix")] bool? Fix = null, [property: JsonPropertyName("deep")] bool? Deep = null);

/// <summary>Part of the <c>DoctorResult</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record DoctorResult(
    [property: JsonPropertyName("ok")] bool Ok,
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("checks")] IReadOnlyList<DoctorCheckResult> Checks,
    [property: JsonPropertyName("summary")] DoctorSummary Summary,
    [property: JsonPropertyName("fix")] DoctorFix? Fix);

/// <summary>Part of the <c>DoctorSummary</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record DoctorSummary(
    [property: JsonPropertyName("pass")] int Pass,
    [property: JsonPropertyName("warn")] int Warn,
    [property: JsonPropertyName("fail")] int Fail);

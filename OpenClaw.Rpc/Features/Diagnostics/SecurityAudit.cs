using System.Text.Json.Serialization;
using OpenClaw.Rpc.Checks;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Diagnostics;

/// <summary><c>security.audit</c>: every rule the areas contribute, findings by severity; <c>fix</c> makes only safe changes.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ISecurityAudit
{
    [JsonRpcMethod("security.audit", UseSingleObjectParameterDeserialization = true)]
    Task<AuditResult> InvokeAsync(AuditParams? parameters = null, CancellationToken cancellationToken = default);
}

internal sealed record AuditParams(
    [property: JsonPropertyName("deep")] bool? Deep = null,
    [property: JsonPropertyName("fix")] bool? Fix = null);

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

using System.Text.Json.Serialization;
using OpenClaw.Rpc.Checks;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Diagnostics;

/// <summary><c>security.audit</c>: every rule the areas contribute, findings by severity; <c>fix</c> makes only safe changes.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface ISecurityAudit
{
    /// <summary>Sends <c>security.audit</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("security.audit", UseSingleObjectParameterDeserialization = true)]
    Task<AuditResult> InvokeAsync(AuditParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Part of the <c>AuditParams</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record AuditParams(
    [property: JsonPropertyName("deep")] bool? Deep = null,
    [property: JsonPropertyName("fix")] bool? Fix = null);

/// <summary>Part of the <c>AuditResult</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record AuditResult(
    [property: JsonPropertyName("ts")] string Ts,
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("deep")] bool Deep,
    [property: JsonPropertyName("summary")] AuditSummary Summary,
    [property: JsonPropertyName("findings")] IReadOnlyList<AuditFinding> Findings,
    [property: JsonPropertyName("fix")] DoctorFix? Fix);

/// <summary>Part of the <c>AuditSummary</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record AuditSummary(
    [property: JsonPropertyName("critical")] int Critical,
    [property: JsonPropertyName("warn")] int Warn,
    [property: JsonPropertyName("info")] int Info);

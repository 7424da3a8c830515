using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Diagnostics;

/// <summary>Diagnostics methods (both tracks).</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IDiagnosticsMethods
{
    [JsonRpcMethod("doctor", UseSingleObjectParameterDeserialization = true)]
    Task<DoctorResult> DoctorAsync(DoctorParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("config.get", UseSingleObjectParameterDeserialization = true)]
    Task<ConfigGetResult> ConfigGetAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("security.audit", UseSingleObjectParameterDeserialization = true)]
    Task<AuditResult> SecurityAuditAsync(AuditParams? parameters = null, CancellationToken cancellationToken = default);
}

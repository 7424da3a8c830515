using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Diagnostics;

/// <summary>Routes each diagnostics method to its handler.</summary>
internal sealed class DiagnosticsMethods(DoctorHandler doctor, SecurityAuditHandler audit, ConfigGetHandler configGet) : IDiagnosticsMethods
{
    public Task<ConfigGetResult> ConfigGetAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default) =>
        configGet.InvokeAsync(cancellationToken);

    public Task<AuditResult> SecurityAuditAsync(AuditParams? parameters = null, CancellationToken cancellationToken = default) =>
        audit.InvokeAsync(parameters?.Deep ?? false, parameters?.Fix ?? false, cancellationToken);

    public Task<DoctorResult> DoctorAsync(DoctorParams? parameters = null, CancellationToken cancellationToken = default) =>
        doctor.InvokeAsync(parameters?.Fix ?? false, parameters?.Deep ?? false, cancellationToken);
}

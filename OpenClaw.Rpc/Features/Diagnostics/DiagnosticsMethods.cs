namespace OpenClaw.Rpc.Features.Diagnostics;

/// <summary>Routes each diagnostics method to its handler.</summary>
internal sealed class DiagnosticsMethods(DoctorHandler doctor, SecurityAuditHandler audit) : IDiagnosticsMethods
{
    public Task<AuditResult> SecurityAuditAsync(AuditParams? parameters = null, CancellationToken cancellationToken = default) =>
        audit.InvokeAsync(parameters?.Deep ?? false, parameters?.Fix ?? false, cancellationToken);

    public Task<DoctorResult> DoctorAsync(DoctorParams? parameters = null, CancellationToken cancellationToken = default) =>
        doctor.InvokeAsync(parameters?.Fix ?? false, cancellationToken);
}

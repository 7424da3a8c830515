namespace OpenClaw.Rpc.Features.Diagnostics;

/// <summary>Routes each diagnostics method to its handler.</summary>
internal sealed class DiagnosticsMethods(DoctorHandler doctor) : IDiagnosticsMethods
{
    public Task<DoctorResult> DoctorAsync(DoctorParams? parameters = null, CancellationToken cancellationToken = default) =>
        doctor.InvokeAsync(parameters?.Fix ?? false, cancellationToken);
}

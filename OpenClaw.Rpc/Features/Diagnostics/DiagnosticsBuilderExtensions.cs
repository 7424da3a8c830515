using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Features.Diagnostics;

/// <summary>Registers <c>doctor</c> and <c>security.audit</c>, which run the checks and rules every area contributes.</summary>
public static class DiagnosticsBuilderExtensions
{
    /// <summary>Adds the diagnostics methods.</summary>
    public static OpenClawServerBuilder WithDiagnostics(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddContract<IDoctor, DoctorHandler>()
            .AddContract<ISecurityAudit, SecurityAuditHandler>()
            .AddContract<IConfigGet, ConfigGetHandler>()
            .AddJsonMetadata(DiagnosticsJsonContext.Default);
    }
}

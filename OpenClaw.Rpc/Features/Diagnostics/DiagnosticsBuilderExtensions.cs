using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Features.Diagnostics;

/// <summary>Registers <c>doctor</c>, which runs the checks every area contributes.</summary>
public static class DiagnosticsBuilderExtensions
{
    /// <summary>Adds the diagnostics methods.</summary>
    public static OpenClawServerBuilder WithDiagnostics(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<DoctorHandler>();
        return builder.AddContract<IDiagnosticsMethods, DiagnosticsMethods>().AddJsonMetadata(DiagnosticsJsonContext.Default);
    }
}

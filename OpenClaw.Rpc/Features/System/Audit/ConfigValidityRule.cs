using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.System.Audit;

/// <summary>
/// <c>config.invalid</c>: start-up refuses the config. The audit itself still runs, and the other rules still read the
/// file as written (<see cref="RuntimeSettings.AsWritten"/>), so the refusal hides no other finding.
/// </summary>
internal sealed class ConfigValidityRule(RuntimeSettings settings) : IAuditRule
{
    public Task<IReadOnlyList<AuditFinding>> EvaluateAsync(AuditRun run, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditFinding>>(settings.ConfigError is { } error
            ? [new AuditFinding("config.invalid", AuditFinding.Warn, "start-up refuses the config file",
                $"{error.Key}: {error.Reason} ({settings.ConfigPath})", "correct that value; doctor shows the same error")]
            : []);
}

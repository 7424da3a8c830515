using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Features.System.Audit;

/// <summary>
/// <c>logging.file.permissions</c> and <c>logging.debug</c>: a log file others can read, and debug logging (which
/// records request details; known secrets are still redacted).
/// </summary>
internal sealed class LogFileRule(HostOptions host, RuntimeSettings settings) : IAuditRule
{
    public Task<IReadOnlyList<AuditFinding>> EvaluateAsync(AuditRun run, CancellationToken cancellationToken)
    {
        var findings = new List<AuditFinding>();
        if (host.LogFile is { } file && PermissionAudit.Check(run, "logging.file.permissions", "the log file", Path.GetFullPath(file),
            UnixFileMode.UserRead | UnixFileMode.UserWrite, AuditFinding.Warn, AuditFinding.Warn) is { } finding)
        {
            findings.Add(finding);
        }

        if (host.LogLevel == LogLevel.Debug)
        {
            findings.Add(new AuditFinding("logging.debug", AuditFinding.Info, "debug logging is on",
                $"{HostConfigKeys.LogLevel.Key} is debug ({settings.Sources.GetValueOrDefault(HostConfigKeys.LogLevel.Key)}): request details are logged; known secrets are redacted",
                "use info or warn outside of troubleshooting"));
        }

        return Task.FromResult<IReadOnlyList<AuditFinding>>(findings);
    }
}

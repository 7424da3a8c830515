using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.System.Audit;

/// <summary>
/// <c>fs.stateDir.owner</c>, <c>fs.config.owner</c>, <c>logging.file.owner</c>: the state dir, the config and the log
/// file belong to this user (or root), also when reached through a symlink. Another owner can rewrite them whatever
/// their mode, so the state dir and the config are critical, as a group/other-writable one is.
/// </summary>
internal sealed class OwnershipRule(RuntimeSettings settings, HostOptions host) : IAuditRule
{
    public Task<IReadOnlyList<AuditFinding>> EvaluateAsync(AuditRun run, CancellationToken cancellationToken)
    {
        var findings = new List<AuditFinding>();
        findings.AddIfAny(Check("fs.stateDir.owner", "the state dir", settings.StateDir, AuditFinding.Critical));
        findings.AddIfAny(Check("fs.config.owner", "the config file", settings.ConfigPath, AuditFinding.Critical));
        if (host.LogFile is { } file)
        {
            findings.AddIfAny(Check("logging.file.owner", "the log file", Path.GetFullPath(file), AuditFinding.Warn));
        }

        return Task.FromResult<IReadOnlyList<AuditFinding>>(findings);
    }

    private static AuditFinding? Check(string checkId, string what, string path, string severity) =>
        PathOwnership.Problem(path) is { } problem
            ? new AuditFinding(checkId, severity, $"{what} is controlled by another user", problem,
                $"use a {what[4..]} of your own (or chown it to this user); --fix does not change owners")
            : null;
}

using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.System.Audit;

/// <summary>
/// <c>fs.config.permissions</c>, <c>fs.stateDir.permissions</c>, <c>fs.stateFiles.permissions</c>: the config, the
/// state dir and the files in it (prefs, audio; an <see cref="IStatePathOwner"/> audits its own) are private to their owner. A group/other-writable
/// config or state dir is critical, and so is a config readable by others that holds a plaintext key.
/// </summary>
internal sealed class StatePermissionsRule(RuntimeSettings settings, IEnumerable<IStatePathOwner> owners) : IAuditRule
{
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateDir = PrivateFile | UnixFileMode.UserExecute;
    private const int MaxFiles = 10_000;

    public Task<IReadOnlyList<AuditFinding>> EvaluateAsync(AuditRun run, CancellationToken cancellationToken)
    {
        var findings = new List<AuditFinding>();
        bool plaintextKey = PlaintextSecretRule.LiteralSecretKeys(settings.AsWritten).Any();
        findings.AddIfAny(PermissionAudit.Check(run, "fs.config.permissions", "the config file", settings.ConfigPath, PrivateFile,
            AuditFinding.Critical, plaintextKey ? AuditFinding.Critical : AuditFinding.Warn));
        findings.AddIfAny(PermissionAudit.Check(run, "fs.stateDir.permissions", "the state dir", settings.StateDir, PrivateDir, AuditFinding.Critical, AuditFinding.Warn));
        if (Directory.Exists(settings.StateDir))
        {
            foreach (string file in Directory.EnumerateFiles(settings.StateDir, "*", SearchOption.AllDirectories).Take(MaxFiles))
            {
                if (Path.GetFullPath(file) != Path.GetFullPath(settings.ConfigPath) && !owners.Any(o => o.Owns(file)))
                {
                    findings.AddIfAny(PermissionAudit.Check(run, "fs.stateFiles.permissions", "a state file", file, PrivateFile, AuditFinding.Warn, AuditFinding.Warn));
                }
            }
        }

        return Task.FromResult<IReadOnlyList<AuditFinding>>(findings);
    }
}

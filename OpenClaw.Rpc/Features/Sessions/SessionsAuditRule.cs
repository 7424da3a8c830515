using OpenClaw.Rpc.Checks;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// <c>fs.transcripts.permissions</c>: the sessions directory, the index and every transcript or archive are private to
/// their owner (--fix tightens them to 0700/0600). <c>transcripts.secrets</c> (deep only): a transcript holds what
/// looks like a key; the finding names the file, the lines and the kind, never the value.
/// </summary>
internal sealed class SessionsAuditRule(SessionOptions options) : IAuditRule
{
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateDir = PrivateFile | UnixFileMode.UserExecute;
    private const int MaxLinesNamed = 5;

    public Task<IReadOnlyList<AuditFinding>> EvaluateAsync(AuditRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var findings = new List<AuditFinding>();
        if (!Directory.Exists(options.Directory))
        {
            return Task.FromResult<IReadOnlyList<AuditFinding>>(findings);
        }

        findings.AddIfAny(PermissionAudit.Check(run, "fs.transcripts.permissions", "the sessions directory", options.Directory, PrivateDir,
            AuditFinding.Warn, AuditFinding.Warn));
        findings.AddIfAny(PermissionAudit.Check(run, "fs.transcripts.permissions", "the sessions index", options.IndexPath, PrivateFile,
            AuditFinding.Warn, AuditFinding.Warn));
        foreach ((string path, _, _) in SessionDirectoryScan.Files(options.Directory))
        {
            cancellationToken.ThrowIfCancellationRequested();
            findings.AddIfAny(PermissionAudit.Check(run, "fs.transcripts.permissions", "a session transcript", path, PrivateFile,
                AuditFinding.Warn, AuditFinding.Warn));
            if (run.Deep)
            {
                findings.AddIfAny(Secrets(path));
            }
        }

        return Task.FromResult<IReadOnlyList<AuditFinding>>(findings);
    }

    private static AuditFinding? Secrets(string path)
    {
        (int Line, string Kind)[] hits;
        try
        {
            hits = [.. TranscriptSecretScanner.Scan(path)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // removed or unreadable meanwhile: nothing to report on
        }

        if (hits.Length == 0)
        {
            return null;
        }

        string where = string.Join(", ", hits.Take(MaxLinesNamed).Select(h => $"line {h.Line} ({h.Kind})"))
            + (hits.Length > MaxLinesNamed ? $" and {hits.Length - MaxLinesNamed} more" : string.Empty);
        return new AuditFinding("transcripts.secrets", AuditFinding.Warn, "a session transcript holds what looks like a secret",
            $"{path}: {where}",
            "revoke and replace the key, then remove the conversation with sessions.delete");
    }
}

namespace OpenClaw.Rpc.Checks;

/// <summary>Finds group/other access on a path and, when fixing, tightens it (owner only) and records the change.</summary>
internal static class PermissionAudit
{
    /// <summary>
    /// The finding for <paramref name="path"/>, or null when it is private (or on Windows, where ACLs apply and
    /// this check does not). <paramref name="writableSeverity"/> and <paramref name="readableSeverity"/> grade it.
    /// </summary>
    public static AuditFinding? Check(AuditRun run, string checkId, string what, string path, UnixFileMode ownerOnly,
        string writableSeverity, string readableSeverity)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (OperatingSystem.IsWindows() || !Path.Exists(path))
        {
            return null;
        }

        UnixFileMode mode = File.GetUnixFileMode(path);
        if ((mode & UnixPermissions.GroupOrOtherAny) == 0)
        {
            return null;
        }

        bool writable = (mode & UnixPermissions.GroupOrOtherWrite) != 0;
        string severity = writable ? writableSeverity : readableSeverity;
        string remediation = $"chmod {UnixPermissions.Octal(ownerOnly)[1..]} {path} (or run with --fix)";
        if (run.Fix)
        {
            UnixPermissions.Tighten(run.Repairs, path, ownerOnly);
            return null;
        }

        return new AuditFinding(checkId, severity, $"{what} is {(writable ? "writable" : "readable")} by other users",
            $"{path} has mode {UnixPermissions.Octal(mode)}", remediation);
    }
}

using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Checks;

/// <summary>
/// <c>offlineBinary.path</c>: a configured offline binary given as a relative path (depends on the working
/// directory), found through PATH (depends on the environment), or in a directory other users can write.
/// </summary>
internal static class BinaryPathAudit
{
    /// <summary>The check id.</summary>
    public const string CheckId = "offlineBinary.path";

    /// <summary>Findings for one binary; <paramref name="configured"/> is what the user wrote.</summary>
    public static IEnumerable<AuditFinding> Check(string what, string configured)
    {
        ResolvedExecutable resolved = ExecutableResolver.Resolve(configured);
        bool bareName = !configured.Contains('/', StringComparison.Ordinal) && !configured.Contains('\\', StringComparison.Ordinal);
        if (!bareName && !Path.IsPathRooted(configured))
        {
            yield return new AuditFinding(CheckId, AuditFinding.Warn, $"{what} is configured by a relative path",
                $"{configured} resolves against the working directory ({resolved.Path})", "configure an absolute path");
        }
        else if (bareName && resolved.Found)
        {
            yield return new AuditFinding(CheckId, AuditFinding.Info, $"{what} is found through PATH",
                $"{configured} resolves to {resolved.Path} with the current PATH", $"configure the absolute path {resolved.Path}");
        }

        if (resolved.Path is { } path && !OperatingSystem.IsWindows() && Path.GetDirectoryName(path) is { } directory && Directory.Exists(directory)
            && (File.GetUnixFileMode(directory) & UnixPermissions.GroupOrOtherWrite) != 0
            && (File.GetUnixFileMode(directory) & UnixFileMode.StickyBit) == 0)
        {
            yield return new AuditFinding(CheckId, AuditFinding.Warn, $"{what} lives in a directory other users can write",
                $"{directory} has mode {UnixPermissions.Octal(File.GetUnixFileMode(directory))}; anyone could replace {path}",
                "move the binary to a directory only its owner can write");
        }
    }
}

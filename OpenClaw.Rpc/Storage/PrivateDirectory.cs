namespace OpenClaw.Rpc.Storage;

/// <summary>Creates state directories readable by their owner only (0700 on Unix), so a fresh install passes the audit.</summary>
internal static class PrivateDirectory
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates <paramref name="path"/> and any missing parents, each owner-only; existing directories keep their mode.</summary>
    public static void Ensure(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        // Directory.CreateDirectory(path, mode) applies the mode to the last level only; create each level.
        var missing = new Stack<string>();
        for (string? current = Path.GetFullPath(path); current is not null && !Directory.Exists(current); current = Path.GetDirectoryName(current))
        {
            missing.Push(current);
        }

        while (missing.TryPop(out string? directory))
        {
            Directory.CreateDirectory(directory, OwnerOnly);
        }
    }
}

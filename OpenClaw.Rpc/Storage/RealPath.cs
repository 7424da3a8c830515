namespace OpenClaw.Rpc.Storage;

/// <summary>
/// The path a name really leads to, every symbolic link resolved (in the file name and in every directory above it),
/// so a check that a path lies under a root cannot be escaped through a link.
/// </summary>
internal static class RealPath
{
    /// <summary>The resolved absolute path; <see cref="FileRefusedException"/> when it does not exist or cannot be resolved.</summary>
    public static string Resolve(string path)
    {
        string full = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows())
        {
            return File.Exists(full) || Directory.Exists(full)
                ? new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full
                : throw new FileRefusedException(FileRefusal.Missing, $"{full} does not exist");
        }

        return UnixFileCalls.RealPath(full) ?? throw BoundedFile.Failure(full, System.Runtime.InteropServices.Marshal.GetLastPInvokeError());
    }

    /// <summary>The resolved path of a directory that may not exist yet (a configured root), else its full path.</summary>
    public static string ResolveOrKeep(string path)
    {
        try
        {
            return Resolve(path);
        }
        catch (FileRefusedException)
        {
            return Path.GetFullPath(path);
        }
    }

    /// <summary>Whether <paramref name="path"/> lies below <paramref name="root"/> (both already resolved).</summary>
    public static bool IsUnder(string path, string root)
    {
        string prefix = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }
}

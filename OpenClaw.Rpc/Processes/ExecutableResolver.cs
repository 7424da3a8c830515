namespace OpenClaw.Rpc.Processes;

/// <summary>What was found for a configured binary: a runnable path, or why not.</summary>
internal sealed record ResolvedExecutable(string Requested, string? Path, string? Problem)
{
    /// <summary>Whether <see cref="Path"/> exists and is executable.</summary>
    public bool Found => Problem is null;
}

/// <summary>Finds a binary by path or on PATH and checks that it can be executed, without running it.</summary>
internal static class ExecutableResolver
{
    /// <summary>Resolves <paramref name="nameOrPath"/>: a path is checked as given, a bare name is looked up on PATH.</summary>
    public static ResolvedExecutable Resolve(string nameOrPath)
    {
        bool isPath = nameOrPath.Contains('/', StringComparison.Ordinal) || nameOrPath.Contains('\\', StringComparison.Ordinal);
        if (isPath)
        {
            string full = System.IO.Path.GetFullPath(nameOrPath);
            return Check(nameOrPath, full) ?? new ResolvedExecutable(nameOrPath, full, null);
        }

        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string candidate in Candidates(System.IO.Path.Combine(directory, nameOrPath)))
            {
                if (File.Exists(candidate) && Check(nameOrPath, candidate) is null)
                {
                    return new ResolvedExecutable(nameOrPath, candidate, null);
                }
            }
        }

        return new ResolvedExecutable(nameOrPath, null, $"not found on PATH: {nameOrPath}");
    }

    private static IEnumerable<string> Candidates(string path) =>
        OperatingSystem.IsWindows() ? [path, path + ".exe", path + ".cmd", path + ".bat"] : [path];

    private static ResolvedExecutable? Check(string requested, string path)
    {
        if (Directory.Exists(path))
        {
            return new ResolvedExecutable(requested, path, $"is a directory, not an executable: {path}");
        }

        if (!File.Exists(path))
        {
            return new ResolvedExecutable(requested, path, $"not found: {path}");
        }

        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode AnyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            if ((File.GetUnixFileMode(path) & AnyExecute) == 0)
            {
                return new ResolvedExecutable(requested, path, $"not executable (no x permission): {path}");
            }
        }

        return null;
    }
}

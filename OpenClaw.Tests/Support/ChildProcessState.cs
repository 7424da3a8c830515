using System.Diagnostics;
using System.Globalization;

namespace OpenClaw.Tests.Support;

/// <summary>Whether a child a test started is still alive, and its pid as the stand-in wrote it.</summary>
internal static class ChildProcessState
{
    /// <summary>
    /// Gone when /proc has no entry or the state is zombie or dead: a killed child whose parent died is reparented,
    /// and PID 1 on some machines never reaps orphans, so a zombie counts as gone.
    /// </summary>
    public static bool IsGone(int pid)
    {
        string status;
        try
        {
            status = File.ReadAllText(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/status"));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            return true;
        }

        string? state = status.Split('\n').FirstOrDefault(l => l.StartsWith("State:", StringComparison.Ordinal));
        return state is null || state[6..].TrimStart() is ['Z', ..] or ['X', ..];
    }

    /// <summary>The pids whose parent is <paramref name="pid"/>, read from /proc (Linux).</summary>
    public static IReadOnlyList<int> ChildrenOf(int pid)
    {
        var children = new List<int>();
        foreach (string entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out int candidate))
            {
                continue;
            }

            try
            {
                // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses, so read after the last ')'.
                string stat = File.ReadAllText(Path.Combine(entry, "stat"));
                string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1], CultureInfo.InvariantCulture) == pid)
                {
                    children.Add(candidate);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }

        return children;
    }

    /// <summary>Waits (at most <paramref name="bound"/>) for a child reparented away from us to be gone.</summary>
    public static async Task<bool> GoneWithinAsync(int pid, TimeSpan bound, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        while (!IsGone(pid))
        {
            if (clock.Elapsed > bound)
            {
                return false;
            }

            await Task.Delay(20, cancellationToken);
        }

        return true;
    }

    /// <summary>The pid a stand-in wrote to <paramref name="path"/> once it started.</summary>
    public static async Task<int> ReadPidAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (File.Exists(path) && int.TryParse(File.ReadAllText(path).Trim(), CultureInfo.InvariantCulture, out int pid))
            {
                return pid;
            }

            await Task.Delay(20, cancellationToken);
        }
    }
}

using System.Diagnostics;

namespace OpenClaw.Rpc.Processes;

/// <summary>
/// How children are tied to the runtime on Linux, found once at start: through <c>setpriv --pdeathsig KILL</c> a child
/// is killed by the kernel when the runtime dies, however it dies (kill -9 included); through <c>setsid</c> it leads
/// its own process group, so whatever it forks is killed with it, even a grandchild it double-forked. Both come with
/// util-linux and are optional: without them children run as plain children (the doctor says so).
/// </summary>
internal sealed record ChildContainment(string? SetprivPath, string? SetsidPath)
{
    /// <summary>Nothing wraps the child (other systems, or the tools are missing).</summary>
    public static ChildContainment None { get; } = new(null, null);

    /// <summary>The kernel kills the child when the runtime dies.</summary>
    public bool ParentDeathSignal => SetprivPath is not null;

    /// <summary>The child leads its own process group (group id = its pid), killed as a whole.</summary>
    public bool OwnProcessGroup => SetsidPath is not null;

    public static ChildContainment Detect() => OperatingSystem.IsLinux()
        ? new(Find("setpriv"), Find("setsid"))
        : None;

    /// <summary>
    /// The start info for <paramref name="spec"/>: the executable itself, or the wrappers that exec it (each replaces
    /// itself with the next, so the pid, stdin, stdout and exit code are the child's own).
    /// </summary>
    public ProcessStartInfo StartInfo(ProcessSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        List<string> chain = [];
        if (SetprivPath is not null)
        {
            chain.AddRange([SetprivPath, "--pdeathsig", "KILL", "--"]);
        }

        if (SetsidPath is not null)
        {
            chain.AddRange([SetsidPath, "--"]);
        }

        chain.Add(spec.FileName);
        var start = new ProcessStartInfo(chain[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (string argument in chain.Skip(1).Concat(spec.Arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static string? Find(string name) => ExecutableResolver.Resolve(name) is { Found: true, Path: { } path } ? path : null;
}

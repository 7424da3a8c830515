using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Features.System.Checks;

/// <summary>
/// <c>childProcesses</c>: whether children die with the runtime when it is killed (<c>setpriv</c>) and take what they
/// forked with them (<c>setsid</c>). A warning, not a failure: children still run without them.
/// </summary>
internal sealed class ChildProcessesCheck(ChildContainment containment) : IDoctorCheck
{
    public string Id => "childProcesses";

    public Task<DoctorCheckResult> RunAsync(DoctorRun run, CancellationToken cancellationToken)
    {
        if (OperatingSystem.IsWindows())
        {
            return Result(DoctorCheckResult.Pass, "child process trees are killed on exit", null);
        }

        if (!OperatingSystem.IsLinux())
        {
            return Result(DoctorCheckResult.Warn, "children are killed on a clean exit only: this system has no parent-death signal", null);
        }

        var missing = new List<string>();
        if (!containment.ParentDeathSignal)
        {
            missing.Add("setpriv not found on PATH: children outlive a kill -9 of the runtime");
        }

        if (!containment.OwnProcessGroup)
        {
            missing.Add("setsid not found on PATH: what a child double-forks outlives it");
        }

        return missing.Count == 0
            ? Result(DoctorCheckResult.Pass, "children die with the runtime however it ends",
                $"parent-death signal via {containment.SetprivPath}; own process group via {containment.SetsidPath}")
            : Result(DoctorCheckResult.Warn, "children may outlive the runtime (install util-linux)", string.Join("; ", missing));
    }

    private Task<DoctorCheckResult> Result(string status, string message, string? detail) =>
        Task.FromResult(new DoctorCheckResult(Id, status, message, detail));
}

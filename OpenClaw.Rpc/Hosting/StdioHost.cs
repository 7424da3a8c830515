using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Serves one session on the process's stdin/stdout until EOF, <c>exit</c>, a signal, the parent's death or a closed
/// stdout, then lets the areas that keep children end them cleanly (at most <see cref="CleanStop"/>) and kills the
/// children that are left.
/// </summary>
internal sealed class StdioHost(
    RpcSession session,
    LifecycleState lifecycle,
    ParentWatchdog watchdog,
    StdoutWatch stdoutWatch,
    ChildProcessRegistry children,
    IEnumerable<IChildOwner> owners,
    RuntimeSettings settings,
    ServerIdentity identity,
    RuntimeLog log)
{
    /// <summary>How long the owners of long-lived children get to end them before they are killed; keeps a signal's exit within 2 s.</summary>
    internal static readonly TimeSpan CleanStop = TimeSpan.FromMilliseconds(300);

    public async Task<int> RunAsync(Stream stdin, Stream stdout, string dialect)
    {
        using var stop = new SessionStop();
        using var signals = new ShutdownSignals(stop, log);
        if (settings.ParentPid is int parent)
        {
            watchdog.Watch(parent, stop);
        }

        lifecycle.ClientProcessAnnounced += pid => watchdog.Watch(pid, stop);
        stdoutWatch.Watch(stop);
        log.Info($"{identity.Name} {identity.Version} serving {(dialect == RpcDialects.Native ? "JSON-RPC" : dialect)} on stdio (pid {Environment.ProcessId})");
        SessionEnd end = await session.RunAsync(stdin, stdout, dialect, stop).ConfigureAwait(false);
        watchdog.Dispose();
        stdoutWatch.Dispose();
        await Task.WhenAll(owners.Select(owner => owner.StopChildrenAsync(CleanStop))).ConfigureAwait(false);
        await children.KillAllAsync(TimeSpan.FromMilliseconds(500)).ConfigureAwait(false);
        log.Info($"stopped: {end.Reason}, exit code {end.ExitCode}");
        return end.ExitCode;
    }
}

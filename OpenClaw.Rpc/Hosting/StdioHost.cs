using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Hosting;

/// <summary>Serves one session on the process's stdin/stdout until EOF, <c>exit</c>, a signal or the parent's death.</summary>
internal sealed class StdioHost(
    RpcSession session,
    LifecycleState lifecycle,
    ParentWatchdog watchdog,
    ChildProcessRegistry children,
    RuntimeSettings settings,
    ServerIdentity identity,
    RuntimeLog log)
{
    public async Task<int> RunAsync(Stream stdin, Stream stdout, string dialect)
    {
        using var stop = new CancellationTokenSource();
        using var signals = new ShutdownSignals(stop, log);
        if (settings.ParentPid is int parent)
        {
            watchdog.Watch(parent, stop);
        }

        lifecycle.ClientProcessAnnounced += pid => watchdog.Watch(pid, stop);
        log.Info($"{identity.Name} {identity.Version} serving {(dialect == RpcDialects.Native ? "JSON-RPC" : dialect)} on stdio (pid {Environment.ProcessId})");
        SessionEnd end = await session.RunAsync(stdin, stdout, dialect, stop.Token).ConfigureAwait(false);
        watchdog.Dispose();
        await children.KillAllAsync(TimeSpan.FromMilliseconds(500)).ConfigureAwait(false);
        log.Info($"stopped: {end.Reason}, exit code {end.ExitCode}");
        return end.ExitCode;
    }
}

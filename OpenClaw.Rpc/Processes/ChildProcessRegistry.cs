using System.Diagnostics;

namespace OpenClaw.Rpc.Processes;

/// <summary>Children still running, so that shutting down (signal, parent death, exit) kills them too.</summary>
public sealed class ChildProcessRegistry
{
    private readonly HashSet<Process> _running = [];
    private readonly Lock _lock = new();

    internal void Add(Process process)
    {
        lock (_lock)
        {
            _running.Add(process);
        }
    }

    internal void Remove(Process process)
    {
        lock (_lock)
        {
            _running.Remove(process);
        }
    }

    /// <summary>Kills every running child with its whole tree.</summary>
    public void KillAll()
    {
        Process[] running;
        lock (_lock)
        {
            running = [.. _running];
        }

        foreach (Process process in running)
        {
            ProcessTree.Kill(process);
        }
    }
}

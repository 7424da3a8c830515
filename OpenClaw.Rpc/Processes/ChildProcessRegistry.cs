using System.Diagnostics;

namespace OpenClaw.Rpc.Processes;

/// <summary>Children still running, so that shutting down (signal, parent death, exit) kills them too.</summary>
internal sealed class ChildProcessRegistry
{
    private readonly Dictionary<Process, bool> _running = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource _empty = Completed();

    internal void Add(Process process, bool ownProcessGroup)
    {
        lock (_lock)
        {
            if (_running.Count == 0)
            {
                _empty = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            _running.Add(process, ownProcessGroup);
        }
    }

    internal void Remove(Process process)
    {
        lock (_lock)
        {
            if (_running.Remove(process) && _running.Count == 0)
            {
                _empty.TrySetResult();
            }
        }
    }

    /// <summary>
    /// Kills every running child with its whole tree, then waits (at most <paramref name="bound"/>) until each
    /// runner has seen its child exit. The wait matters: a runner cancelled at the same moment may be half-way
    /// through killing a tree, and the process must not exit before it finishes, or grandchildren survive.
    /// </summary>
    public async Task KillAllAsync(TimeSpan bound)
    {
        KeyValuePair<Process, bool>[] running;
        Task empty;
        lock (_lock)
        {
            running = [.. _running];
            empty = _empty.Task;
        }

        foreach ((Process process, bool ownProcessGroup) in running)
        {
            ProcessTree.Kill(process, ownProcessGroup);
        }

        await empty.WaitAsync(bound).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private static TaskCompletionSource Completed()
    {
        var source = new TaskCompletionSource();
        source.SetResult();
        return source;
    }
}

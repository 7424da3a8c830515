using System.Collections.Concurrent;
using System.Diagnostics;

namespace OpenClaw.Rpc.Processes;

/// <summary>
/// Starts every child from one thread that lives as long as the process. Linux sends the parent-death signal when
/// the *thread* that forked the child exits, not the process: a child forked from a thread-pool thread would be
/// killed as soon as the pool retired that thread.
/// </summary>
internal static class ChildStarter
{
    private static readonly BlockingCollection<(Process Process, TaskCompletionSource Started)> Queue = [];
    private static readonly Lazy<Thread> Thread = new(StartThread);

    public static Task StartAsync(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        _ = Thread.Value;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Queue.Add((process, started));
        return started.Task;
    }

    private static Thread StartThread()
    {
        var thread = new Thread(Run) { IsBackground = true, Name = "OpenClaw child starter" };
        thread.Start();
        return thread;
    }

    private static void Run()
    {
        foreach ((Process process, TaskCompletionSource started) in Queue.GetConsumingEnumerable())
        {
            try
            {
                process.Start();
                started.SetResult();
            }
#pragma warning disable CA1031 // Whatever Start throws belongs to the caller, on its own thread.
            catch (Exception e)
#pragma warning restore CA1031
            {
                started.SetException(e);
            }
        }
    }
}

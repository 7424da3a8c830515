using System.Diagnostics;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Stops the runtime when the process that started it dies, even if that process leaked our stdin to a grandchild
/// (so no EOF ever comes). It waits on the parent instead of polling, so an editor's idle runtime sleeps: on Linux a
/// thread blocks in poll() on a pidfd, on Windows the process handle's wait fires. Where neither is available (a
/// kernel before 5.3, a sandbox that refuses pidfd_open, macOS) it polls <c>/proc</c> or the process four times a
/// second, without allocating, to keep the 1 s exit promise.
/// </summary>
internal sealed class ParentWatchdog(TimeProvider time, RuntimeLog log) : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private readonly List<IDisposable> _watches = [];
    private volatile bool _disposed;

    /// <summary>Forces the polling fallback (tests of the path a kernel without pidfd takes).</summary>
    internal bool PollOnly { get; init; }

    public void Watch(int pid, SessionStop stop)
    {
        log.Debug($"watching parent process {pid}");
        if (OperatingSystem.IsLinux() && !PollOnly)
        {
            switch (PidFd.TryOpen(pid, out int fd))
            {
                case PidFd.Opened.Open:
                    WaitOnThread(pid, fd, stop);
                    return;
                case PidFd.Opened.Gone:
                    Stop(pid, stop);
                    return;
            }
        }
        else if (OperatingSystem.IsWindows() && !PollOnly && WaitOnHandle(pid, stop))
        {
            return;
        }

        Poll(pid, stop);
    }

    public void Dispose()
    {
        _disposed = true;
        lock (_watches)
        {
            _watches.ForEach(w => w.Dispose());
            _watches.Clear();
        }
    }

    private void WaitOnThread(int pid, int fd, SessionStop stop)
    {
        // Background: a watch still waiting when the session ends otherwise must not keep the process alive. The
        // descriptor stays open for the thread's life (closing it under a blocked poll() could hand its number to
        // another file); the process is ending by then.
        var thread = new Thread(() =>
        {
            if (PidFd.WaitForExit(fd))
            {
                Stop(pid, stop);
            }
            else
            {
                log.Warn($"cannot wait on parent process {pid}; watching it four times a second instead");
                Poll(pid, stop);
            }
        }, maxStackSize: 64 * 1024)
        { IsBackground = true, Name = "OpenClaw parent watch" };
        thread.Start();
    }

    private bool WaitOnHandle(int pid, SessionStop stop)
    {
        try
        {
            var parent = Process.GetProcessById(pid);
            parent.EnableRaisingEvents = true;
            parent.Exited += (_, _) => Stop(pid, stop);
            Track(parent);
            if (parent.HasExited)
            {
                Stop(pid, stop);
            }

            return true;
        }
        catch (ArgumentException)
        {
            Stop(pid, stop);
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private void Poll(int pid, SessionStop stop)
    {
        byte[]? statPath = OperatingSystem.IsLinux() ? ProcStat.PathOf(pid) : null;
        ITimer? timer = null;
        timer = time.CreateTimer(_ =>
        {
            if (!(statPath is null ? IsAliveByHandle(pid) : ProcStat.IsAlive(statPath)))
            {
                timer?.Dispose();
                Stop(pid, stop);
            }
        }, null, TimeSpan.Zero, PollInterval);
        Track(timer);
    }

    private void Track(IDisposable watch)
    {
        lock (_watches)
        {
            _watches.Add(watch);
        }
    }

    private void Stop(int pid, SessionStop stop)
    {
        if (_disposed)
        {
            return;
        }

        log.Info($"parent process {pid} is gone; shutting down");
        stop.Request($"parent process {pid} is gone");
    }

    private static bool IsAliveByHandle(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}

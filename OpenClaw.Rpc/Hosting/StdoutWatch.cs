using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Notices a client that closed its end of stdout, even while it keeps stdin open and nothing is being written.
/// .NET's console stream drops EPIPE silently, so a write never fails; poll() on fd 1 reports it instead (POLLERR
/// on a pipe whose reader is gone, POLLHUP on a socket whose peer closed). One small thread waits in poll() with no
/// timeout and no events asked, so it wakes only for that: an idle runtime stays idle (a timer checking four times a
/// second woke the process ~340 times a second through the thread pool).
/// </summary>
internal sealed class StdoutWatch(RuntimeLog log) : IDisposable
{
    private const int StdoutFd = 1;
    private volatile bool _disposed;

    public void Watch(SessionStop stop)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        // Background: a watch still waiting when the session ends normally must not keep the process alive.
        var thread = new Thread(() => WaitForClose(stop), maxStackSize: 64 * 1024) { IsBackground = true, Name = "OpenClaw stdout watch" };
        thread.Start();
    }

    public void Dispose() => _disposed = true;

    private void WaitForClose(SessionStop stop)
    {
        if (WaitUntilClosed(StdoutFd) && !_disposed)
        {
            log.Info("the client closed stdout; shutting down");
            stop.RequestAfterOutputClosed("the client closed stdout");
        }
    }

    /// <summary>Blocks until the reading end of <paramref name="fd"/> is gone; false when that cannot be known (not open, poll failed).</summary>
    internal static bool WaitUntilClosed(int fd)
    {
        // No events asked: poll() reports only POLLERR (a pipe whose reader is gone), POLLHUP or POLLNVAL.
        short? reported = FdPoll.Wait(fd, 0);
        return reported is short events && (events & FdPoll.Nval) == 0 && (events & (FdPoll.Err | FdPoll.Hup)) != 0;
    }
}

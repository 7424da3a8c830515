using System.Runtime.InteropServices;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Notices a client that closed its end of stdout, even while it keeps stdin open and nothing is being written.
/// .NET's console stream drops EPIPE silently, so a write never fails; poll() on fd 1 reports it instead (POLLERR
/// on a pipe whose reader is gone, POLLHUP on a socket whose peer closed). Checked four times a second, like the
/// parent watchdog.
/// </summary>
internal sealed partial class StdoutWatch(TimeProvider time, RuntimeLog log) : IDisposable
{
    private const int StdoutFd = 1;
    private const short PollErr = 0x008;
    private const short PollHup = 0x010;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private ITimer? _timer;

    public void Watch(SessionStop stop)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        _timer = time.CreateTimer(_ =>
        {
            if (IsClosed(StdoutFd))
            {
                log.Info("the client closed stdout; shutting down");
                _timer?.Dispose();
                stop.RequestAfterOutputClosed("the client closed stdout");
            }
        }, null, Interval, Interval);
    }

    public void Dispose() => _timer?.Dispose();

    /// <summary>Whether the reading end of <paramref name="fd"/> is gone (an fd that is not open does not count).</summary>
    internal static bool IsClosed(int fd)
    {
        var entry = new PollFd { Fd = fd };
        return Poll(ref entry, 1, 0) > 0 && (entry.ReturnedEvents & (PollErr | PollHup)) != 0;
    }

    [LibraryImport("libc", EntryPoint = "poll")]
    private static partial int Poll(ref PollFd fds, nuint count, int timeoutMs);

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short ReturnedEvents;
    }
}

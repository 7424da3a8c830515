using System.Runtime.InteropServices;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// A blocking poll() on one descriptor, with no timeout: the thread sleeps in the kernel until the descriptor reports
/// something, so a watch built on it costs no wake-ups while nothing happens (Linux and macOS).
/// </summary>
internal static partial class FdPoll
{
    public const short In = 0x001;
    public const short Err = 0x008;
    public const short Hup = 0x010;
    public const short Nval = 0x020;
    private const int Eintr = 4;

    /// <summary>Waits until <paramref name="fd"/> reports one of <paramref name="events"/> (or an error or hang-up,
    /// which poll() always reports); returns what it reported, or <c>null</c> when poll() itself failed.</summary>
    public static short? Wait(int fd, short events)
    {
        while (true)
        {
            var entry = new PollFd { Fd = fd, Events = events };
            if (Poll(ref entry, 1, -1) >= 0)
            {
                return entry.ReturnedEvents;
            }

            if (Marshal.GetLastPInvokeError() != Eintr)
            {
                return null;
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static partial int Poll(ref PollFd fds, nuint count, int timeoutMs);

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short ReturnedEvents;
    }
}

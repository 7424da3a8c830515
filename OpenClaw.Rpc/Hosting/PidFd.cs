using System.Runtime.InteropServices;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// A Linux process descriptor (pidfd_open, Linux 5.3+): it becomes readable when the process ends, zombie or not,
/// so a thread blocked in poll() on it learns of the death without ever waking before.
/// </summary>
internal static partial class PidFd
{
    private const long PidFdOpenSyscall = 434;
    private const int NoSuchProcess = 3;

    /// <summary>The outcome of opening a descriptor for a process.</summary>
    public enum Opened
    {
        /// <summary>The descriptor is open.</summary>
        Open,

        /// <summary>The process does not exist (any more).</summary>
        Gone,

        /// <summary>This kernel or sandbox has no pidfd_open; watch another way.</summary>
        Unsupported,
    }

    public static Opened TryOpen(int pid, out int fd)
    {
        fd = (int)Syscall(PidFdOpenSyscall, pid, 0);
        if (fd >= 0)
        {
            return Opened.Open;
        }

        return Marshal.GetLastPInvokeError() == NoSuchProcess ? Opened.Gone : Opened.Unsupported;
    }

    /// <summary>Blocks until the process behind <paramref name="fd"/> has ended; false when poll() failed.</summary>
    public static bool WaitForExit(int fd) => FdPoll.Wait(fd, FdPoll.In) is short events && (events & FdPoll.Nval) == 0;

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static partial long Syscall(long number, int pid, uint flags);
}

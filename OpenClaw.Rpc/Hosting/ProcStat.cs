using System.Runtime.InteropServices;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Whether a process is alive, read from <c>/proc/PID/stat</c> without allocating (a fixed path buffer and a stack
/// buffer): the fallback watch polls it, and a poll that allocates grows an idle process's heap.
/// </summary>
internal static partial class ProcStat
{
    private const int ReadOnlyCloseOnExec = 0x80000;

    /// <summary>The NUL-terminated path of <paramref name="pid"/>'s stat file, made once per watch.</summary>
    public static byte[] PathOf(int pid) => System.Text.Encoding.ASCII.GetBytes($"/proc/{pid}/stat\0");

    /// <summary>False when the file is gone (no such process) or the state is zombie or dead (exited, not yet reaped).</summary>
    public static unsafe bool IsAlive(byte[] statPath)
    {
        int fd;
        fixed (byte* path = statPath)
        {
            fd = Open(path, ReadOnlyCloseOnExec);
        }

        if (fd < 0)
        {
            return false;
        }

        // "pid (comm) S ...": comm is at most 16 bytes, so the state is well inside the first 128.
        Span<byte> buffer = stackalloc byte[128];
        nint read;
        fixed (byte* data = buffer)
        {
            read = Read(fd, data, (nuint)buffer.Length);
        }

        _ = Close(fd);
        if (read <= 0)
        {
            return false;
        }

        Span<byte> stat = buffer[..(int)read];
        int close = stat.LastIndexOf((byte)')');
        byte state = close >= 0 && close + 2 < stat.Length ? stat[close + 2] : (byte)'R';
        return state is not ((byte)'Z' or (byte)'X');
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static unsafe partial int Open(byte* path, int flags);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static unsafe partial nint Read(int fd, byte* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}

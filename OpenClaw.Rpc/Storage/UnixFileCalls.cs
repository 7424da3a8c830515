using System.Runtime.InteropServices;

namespace OpenClaw.Rpc.Storage;

/// <summary>
/// The libc calls .NET does not expose: an open that never waits for a FIFO's writer, the file type of a path or an
/// open descriptor (statx: glibc 2.28+, so within the 2.31 floor), and realpath. Linux only.
/// </summary>
internal static partial class UnixFileCalls
{
    private const int OpenReadOnly = 0;
    private const int OpenNonBlocking = 0x800;
    private const int OpenNoControllingTerminal = 0x100;
    private const int OpenCloseOnExec = 0x80000;
    private const int AtCurrentDirectory = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;
    private const int StatxSize = 256;

    /// <summary>Opens for reading without blocking (a FIFO with no writer opens at once); -1 and errno on failure.</summary>
    public static int OpenForReading(string path) =>
        Open(path, OpenReadOnly | OpenNonBlocking | OpenNoControllingTerminal | OpenCloseOnExec);

    /// <summary>The <c>S_IFMT</c> bits of <paramref name="path"/> (links followed), or null with errno set.</summary>
    public static int? TypeOf(string path) => Type(AtCurrentDirectory, path, 0);

    /// <summary>The <c>S_IFMT</c> bits of an open descriptor, or null with errno set.</summary>
    public static int? TypeOf(int descriptor) => Type(descriptor, string.Empty, AtEmptyPath);

    /// <summary>The canonical path with every link resolved, or null with errno set (ENOENT when a part is missing).</summary>
    public static unsafe string? RealPath(string path)
    {
        byte* resolved = RealPathCore(path, null);
        if (resolved is null)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8((IntPtr)resolved);
        }
        finally
        {
            NativeMemory.Free(resolved);
        }
    }

    private static unsafe int? Type(int directory, string path, int flags)
    {
        byte* buffer = stackalloc byte[StatxSize];
        if (Statx(directory, path, flags, StatxType, buffer) != 0)
        {
            return null;
        }

        return *(ushort*)(buffer + StatxModeOffset) & 0xF000;
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial byte* RealPathCore(string path, byte* resolved);
}

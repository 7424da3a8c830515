using System.Runtime.InteropServices;

namespace OpenClaw.Rpc.Storage;

/// <summary>
/// A write beyond the file-size limit (<c>RLIMIT_FSIZE</c>, <c>ulimit -f</c>) raises SIGXFSZ, whose default action kills
/// the process in the middle of the write. Ignored, the write fails with EFBIG instead: an <see cref="IOException"/>
/// that every state write already handles like a full disk (<c>-32015</c>, the partial write taken back).
/// </summary>
internal static partial class FileSizeLimitSignal
{
    private const int SigXfsz = 25; // the same number on every Linux architecture .NET runs on
    private static readonly IntPtr SigIgn = 1;

    /// <summary>Ignores SIGXFSZ for the whole process (Linux; elsewhere nothing to do). Children inherit it across exec.</summary>
    public static void Ignore()
    {
        if (OperatingSystem.IsLinux())
        {
            _ = Signal(SigXfsz, SigIgn);
        }
    }

    [LibraryImport("libc", EntryPoint = "signal")]
    private static partial IntPtr Signal(int signalNumber, IntPtr handler);
}

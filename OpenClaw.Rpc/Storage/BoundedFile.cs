using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace OpenClaw.Rpc.Storage;

/// <summary>
/// Reads a file that a client or a flag names, which may be a FIFO, a device, <c>/dev/zero</c> or a huge sparse file:
/// only a regular file is read, opening it never waits (a FIFO without a writer would block the open forever), and
/// the limit applies to the bytes actually read, whatever size <c>stat</c> reports.
/// </summary>
internal static class BoundedFile
{
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int NoSuchFile = 2;
    private const int ChunkBytes = 1024 * 1024;

    /// <summary>
    /// The whole content of <paramref name="path"/>, at most <paramref name="maxBytes"/> bytes; otherwise a
    /// <see cref="FileRefusedException"/> naming the path and the reason.
    /// </summary>
    public static byte[] Read(string path, int maxBytes, CancellationToken cancellationToken)
    {
        using SafeFileHandle handle = OpenRegular(path);
        long reported = RandomAccess.GetLength(handle);
        if (reported > maxBytes)
        {
            throw TooLarge(path, maxBytes);
        }

        // Reading one byte past the limit is how a file that grew, or that reports size 0 (/proc), is caught.
        byte[] buffer = new byte[Math.Min((int)reported, maxBytes) + 1];
        int total = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (total == buffer.Length)
            {
                if (total > maxBytes)
                {
                    throw TooLarge(path, maxBytes);
                }

                Array.Resize(ref buffer, (int)Math.Min((long)total * 2 + 4096, (long)maxBytes + 1));
            }

            int read = RandomAccess.Read(handle, buffer.AsSpan(total, Math.Min(buffer.Length - total, ChunkBytes)), total);
            if (read == 0)
            {
                return buffer[..total];
            }

            total += read;
        }
    }

    /// <summary>The refusal for an errno from an open, stat or realpath of <paramref name="path"/>.</summary>
    internal static FileRefusedException Failure(string path, int errno) => errno == NoSuchFile
        ? new FileRefusedException(FileRefusal.Missing, $"{path} does not exist")
        : new FileRefusedException(FileRefusal.Unreadable, $"cannot read {path}: {Marshal.GetPInvokeErrorMessage(errno)}");

    private static SafeFileHandle OpenRegular(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return OpenOnWindows(path);
        }

        // The type is checked before the open, so a device is never opened at all, and again on the descriptor,
        // so a FIFO swapped in between is still refused (the non-blocking open returned at once).
        RequireRegular(path, UnixFileCalls.TypeOf(path));
        int descriptor = UnixFileCalls.OpenForReading(path);
        if (descriptor < 0)
        {
            throw Failure(path, Marshal.GetLastPInvokeError());
        }

        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        try
        {
            RequireRegular(path, UnixFileCalls.TypeOf(descriptor));
            return handle;
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static void RequireRegular(string path, int? type)
    {
        if (type is null)
        {
            throw Failure(path, Marshal.GetLastPInvokeError());
        }

        if ((type & FileTypeMask) != RegularFile)
        {
            throw new FileRefusedException(FileRefusal.NotRegular, $"{path} is {Describe(type.Value & FileTypeMask)}, not a regular file");
        }
    }

    private static SafeFileHandle OpenOnWindows(string path)
    {
        try
        {
            FileAttributes attributes = File.GetAttributes(path);
            if ((attributes & (FileAttributes.Directory | FileAttributes.Device)) != 0)
            {
                throw new FileRefusedException(FileRefusal.NotRegular, $"{path} is a directory or a device, not a regular file");
            }

            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FileRefusedException(FileRefusal.Missing, $"{path} does not exist");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not FileRefusedException)
        {
            throw new FileRefusedException(FileRefusal.Unreadable, $"cannot read {path}: {e.Message}");
        }
    }

    private static FileRefusedException TooLarge(string path, int maxBytes) =>
        new(FileRefusal.TooLarge, string.Create(CultureInfo.InvariantCulture, $"{path} holds more than {maxBytes} bytes"));

    private static string Describe(int type) => type switch
    {
        0x1000 => "a FIFO",
        0x2000 => "a character device",
        0x4000 => "a directory",
        0x6000 => "a block device",
        0xA000 => "a symbolic link",
        0xC000 => "a socket",
        _ => "a special file",
    };
}

namespace OpenClaw.Rpc.Storage;

/// <summary>
/// An advisory lock shared by every runtime process using one state dir (two editor windows): a lock file
/// opened without sharing. Acquiring retries briefly while another holder has it, then gives up with an
/// <see cref="IOException"/>; a lock file that cannot be opened at all (read-only or full file system, a missing
/// directory, no permission) fails at once, since waiting would not change it.
/// </summary>
internal sealed class FileLock : IDisposable
{
    // What a lock held by someone else looks like: EWOULDBLOCK from flock (Linux 11, BSD/macOS 35), or a Windows sharing or lock violation.
    private const int LinuxWouldBlock = 11;
    private const int BsdWouldBlock = 35;
    private const int WindowsSharingViolation = unchecked((int)0x80070020);
    private const int WindowsLockViolation = unchecked((int)0x80070021);

    private readonly FileStream _stream;

    private FileLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock for <paramref name="path"/> (the lock file is <c>path + ".lock"</c>).</summary>
    public static async Task<FileLock> AcquireAsync(string path, TimeSpan wait, CancellationToken cancellationToken)
    {
        string lockPath = path + ".lock";
        PrivateDirectory.Ensure(Path.GetDirectoryName(Path.GetFullPath(lockPath))!);
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        DateTime deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(lockPath, options));
            }
            catch (IOException e) when (HeldByAnother(e) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();

    private static bool HeldByAnother(IOException error) =>
        error.GetType() == typeof(IOException) && (OperatingSystem.IsWindows()
            ? error.HResult is WindowsSharingViolation or WindowsLockViolation
            : error.HResult == (OperatingSystem.IsLinux() ? LinuxWouldBlock : BsdWouldBlock));
}

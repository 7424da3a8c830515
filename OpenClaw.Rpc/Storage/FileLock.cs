namespace OpenClaw.Rpc.Storage;

/// <summary>
/// An advisory lock shared by every runtime process using one state dir (two editor windows): a lock file
/// opened without sharing. Acquiring retries briefly, then gives up with an <see cref="IOException"/>.
/// </summary>
internal sealed class FileLock : IDisposable
{
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
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();
}

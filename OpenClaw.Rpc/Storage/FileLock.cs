namespace OpenClaw.Rpc.Storage;

/// <summary>
/// An advisory lock shared by every runtime process using one state dir (two editor windows): a lock file
/// opened without sharing. Acquiring retries briefly, then gives up with an <see cref="IOException"/>.
/// </summary>
public sealed class FileLock : IDisposable
{
    private readonly FileStream _stream;

    private FileLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock for <paramref name="path"/> (the lock file is <c>path + ".lock"</c>).</summary>
    public static async Task<FileLock> AcquireAsync(string path, TimeSpan wait, CancellationToken cancellationToken)
    {
        string lockPath = path + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(lockPath))!);
        DateTime deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
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

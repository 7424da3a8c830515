namespace OpenClaw.Rpc.Storage;

/// <summary>
/// Replaces whole state files (<see cref="AtomicFile"/>) behind one service: the seam a test uses to make a save fail
/// the way a full disk does, after the writes before it succeeded.
/// </summary>
internal class StateFileWriter
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> atomically, readable by the owner only on Unix.</summary>
    public virtual Task ReplaceAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(path, content, cancellationToken);
}

namespace OpenClaw.Tests.Support;

/// <summary>
/// A read-only stream that passes reads through and tells when its reader got the end (a read returning nothing), so
/// a test can wait for the session to have seen end of input rather than sleeping.
/// </summary>
internal sealed class EndObservingStream(Stream inner) : Stream
{
    private readonly TaskCompletionSource _endSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task EndSeen => _endSeen.Task;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Observe(await inner.ReadAsync(buffer, cancellationToken), buffer.Length);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Observe(inner.Read(buffer, offset, count), count);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Observe(int read, int asked)
    {
        if (read == 0 && asked > 0)
        {
            _endSeen.TrySetResult();
        }

        return read;
    }
}

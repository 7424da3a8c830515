using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>
/// A provider's event stream, passed through unchanged, that fails the attempt once one event or one line grows past
/// <see cref="MaxEventBytes"/>. The parser holds an unfinished line and an undispatched event's data in memory and sets
/// no limit of its own, so a server that never ends either would make the runtime buffer without bound.
/// </summary>
internal sealed class BoundedEventStream(Stream inner, string provider) : Stream
{
    /// <summary>Far above any real chunk of a streamed answer (hundreds of bytes to a few KiB).</summary>
    public const int MaxEventBytes = 1024 * 1024;

    // The event's finished lines (comments excepted: the parser drops them), the line being read, whether that line is
    // a comment, and whether the last byte was CR (an LF right after it completes CRLF and ends no second line).
    private int _eventBytes;
    private int _lineBytes;
    private bool _comment;
    private bool _afterCr;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read = inner.Read(buffer);
        Count(buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Count(buffer.Span[..read]);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Count(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            bool secondHalfOfCrLf = _afterCr && b == (byte)'\n';
            _afterCr = b == (byte)'\r';
            if (secondHalfOfCrLf)
            {
                continue;
            }

            if (b is (byte)'\r' or (byte)'\n')
            {
                // A blank line dispatches the event and starts the next one.
                _eventBytes = _lineBytes == 0 ? 0 : _comment ? _eventBytes : _eventBytes + _lineBytes;
                _lineBytes = 0;
                continue;
            }

            if (_lineBytes++ == 0)
            {
                _comment = b == (byte)':';
            }

            if ((_comment ? _lineBytes : _eventBytes + _lineBytes) > MaxEventBytes)
            {
                throw ProviderFailure.Permanent($"{provider} sent a stream event or line over {MaxEventBytes / (1024 * 1024)} MiB");
            }
        }
    }
}

using System.Buffers;
using System.IO.Pipelines;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Splits a byte stream into message frames. The framing (Content-Length headers or one JSON text per line)
/// is detected from the first bytes; a leading BOM, CRLF line ends and blank lines are tolerated. Oversize
/// messages are skipped and reported, and after an unreadable header block the reader resynchronises on the
/// next <c>Content-Length:</c>, so one bad frame never ends the connection.
/// </summary>
internal sealed class FrameReader(PipeReader reader, int maxMessageBytes)
{
    private const int MaxHeaderBlockBytes = 8 * 1024;
    private const int DetectionWindow = 256;
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private bool _atStreamStart = true;
    private long _skipBytes;
    private bool _skipLine;
    private bool _resync;

    public Framing Framing { get; private set; }

    public async ValueTask<InboundFrame> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            ReadResult result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            ReadOnlySequence<byte> buffer = result.Buffer;
            InboundFrame? frame = Parse(ref buffer, result.IsCompleted);
            if (frame is not null)
            {
                reader.AdvanceTo(buffer.Start);
                return frame.Value;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted || result.IsCanceled)
            {
                await reader.CompleteAsync().ConfigureAwait(false);
                return InboundFrame.End;
            }
        }
    }

    /// <summary>Consumes what it can from <paramref name="buffer"/>; null means more bytes are needed.</summary>
    private InboundFrame? Parse(ref ReadOnlySequence<byte> buffer, bool completed)
    {
        while (true)
        {
            if (_atStreamStart)
            {
                if (buffer.Length < Bom.Length && !completed && StartsWithPrefixOf(buffer, Bom))
                {
                    return null;
                }

                if (StartsWith(buffer, Bom))
                {
                    buffer = buffer.Slice(Bom.Length);
                }

                _atStreamStart = false;
            }

            if (_skipBytes > 0)
            {
                long n = Math.Min(_skipBytes, buffer.Length);
                buffer = buffer.Slice(n);
                _skipBytes -= n;
                if (_skipBytes > 0)
                {
                    return null;
                }

                continue;
            }

            if (_skipLine || _resync)
            {
                if (!SkipToResyncPoint(ref buffer))
                {
                    return null;
                }

                continue;
            }

            buffer = buffer.Slice(CountLeadingWhitespace(buffer));
            if (buffer.IsEmpty)
            {
                return null;
            }

            if (Framing == Framing.Unknown)
            {
                Framing detected = Detect(buffer, completed);
                if (detected == Framing.Unknown)
                {
                    return null;
                }

                Framing = detected;
            }

            return Framing == Framing.NewlineDelimited
                ? ParseLine(ref buffer, completed)
                : ParseHeaderFrame(ref buffer, completed);
        }
    }

    private bool SkipToResyncPoint(ref ReadOnlySequence<byte> buffer)
    {
        if (_skipLine)
        {
            SequencePosition? newline = buffer.PositionOf((byte)'\n');
            if (newline is null)
            {
                buffer = buffer.Slice(buffer.End);
                return false;
            }

            buffer = buffer.Slice(buffer.GetPosition(1, newline.Value));
            _skipLine = false;
            return true;
        }

        // Only runs while resynchronising after a bad header, so a copy is acceptable.
        long at = FrameTokens.IndexOfContentLength(buffer.ToArray());
        if (at < 0)
        {
            // Keep a tail that may hold the start of a token split across reads.
            long keep = Math.Min(buffer.Length, FrameTokens.ContentLengthColon.Length - 1);
            buffer = buffer.Slice(buffer.Length - keep);
            return false;
        }

        buffer = buffer.Slice(at);
        _resync = false;
        return true;
    }

    private static Framing Detect(ReadOnlySequence<byte> buffer, bool completed)
    {
        byte first = buffer.FirstSpan[0];
        if (first is (byte)'{' or (byte)'[')
        {
            return Framing.NewlineDelimited;
        }

        ReadOnlySequence<byte> window = buffer.Slice(0, Math.Min(buffer.Length, DetectionWindow));
        SequencePosition? newline = window.PositionOf((byte)'\n');
        if (newline is null && window.Length < DetectionWindow && !completed)
        {
            return Framing.Unknown;
        }

        ReadOnlySequence<byte> line = newline is null ? window : window.Slice(0, newline.Value);
        return LooksLikeHeaderLine(line) ? Framing.ContentLength : Framing.NewlineDelimited;
    }

    private InboundFrame? ParseLine(ref ReadOnlySequence<byte> buffer, bool completed)
    {
        SequencePosition? newline = buffer.PositionOf((byte)'\n');
        if (newline is null)
        {
            if (buffer.Length > maxMessageBytes)
            {
                buffer = buffer.Slice(buffer.End);
                _skipLine = !completed;
                return new InboundFrame(FrameKind.TooLarge, []);
            }

            if (!completed)
            {
                return null;
            }

            // The last line of a stream needs no newline.
            byte[] last = TrimCarriageReturn(buffer).ToArray();
            buffer = buffer.Slice(buffer.End);
            return new InboundFrame(FrameKind.Message, last);
        }

        ReadOnlySequence<byte> line = TrimCarriageReturn(buffer.Slice(0, newline.Value));
        buffer = buffer.Slice(buffer.GetPosition(1, newline.Value));
        return line.Length > maxMessageBytes
            ? new InboundFrame(FrameKind.TooLarge, [])
            : new InboundFrame(FrameKind.Message, line.ToArray());
    }

    private InboundFrame? ParseHeaderFrame(ref ReadOnlySequence<byte> buffer, bool completed)
    {
        HeaderBlock block = HeaderBlock.Read(buffer, MaxHeaderBlockBytes);
        if (block.Status == HeaderBlockStatus.Incomplete)
        {
            if (!completed)
            {
                return null;
            }

            buffer = buffer.Slice(buffer.End);
            return new InboundFrame(FrameKind.BadHeader, [], "the stream ended inside a header block");
        }

        if (block.Status == HeaderBlockStatus.Invalid)
        {
            buffer = buffer.Slice(block.Length);
            _resync = true;
            return new InboundFrame(FrameKind.BadHeader, [], block.Problem);
        }

        if (block.ContentLength > maxMessageBytes)
        {
            buffer = buffer.Slice(block.Length);
            _skipBytes = block.ContentLength;
            return new InboundFrame(FrameKind.TooLarge, []);
        }

        ReadOnlySequence<byte> rest = buffer.Slice(block.Length);
        if (rest.Length < block.ContentLength)
        {
            if (!completed)
            {
                return null;
            }

            buffer = buffer.Slice(buffer.End);
            return new InboundFrame(FrameKind.BadHeader, [], "the stream ended inside a message body");
        }

        byte[] body = rest.Slice(0, block.ContentLength).ToArray();
        buffer = rest.Slice(block.ContentLength);
        return new InboundFrame(FrameKind.Message, body);
    }

    private static bool LooksLikeHeaderLine(ReadOnlySequence<byte> line)
    {
        byte[] bytes = line.ToArray();
        int colon = Array.IndexOf(bytes, (byte)':');
        return colon > 0 && FrameTokens.IsToken(bytes.AsSpan(0, colon));
    }

    private static ReadOnlySequence<byte> TrimCarriageReturn(ReadOnlySequence<byte> line) =>
        line.Length > 0 && line.Slice(line.Length - 1).FirstSpan[0] == (byte)'\r' ? line.Slice(0, line.Length - 1) : line;

    private static long CountLeadingWhitespace(ReadOnlySequence<byte> buffer)
    {
        long n = 0;
        foreach (ReadOnlyMemory<byte> segment in buffer)
        {
            foreach (byte b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    return n;
                }

                n++;
            }
        }

        return n;
    }

    private static bool StartsWith(ReadOnlySequence<byte> buffer, byte[] prefix) =>
        buffer.Length >= prefix.Length && buffer.Slice(0, prefix.Length).ToArray().AsSpan().SequenceEqual(prefix);

    private static bool StartsWithPrefixOf(ReadOnlySequence<byte> buffer, byte[] prefix) =>
        buffer.ToArray().AsSpan().SequenceEqual(prefix.AsSpan(0, (int)buffer.Length));
}

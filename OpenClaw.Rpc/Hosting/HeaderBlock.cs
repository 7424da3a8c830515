using System.Buffers;
using System.Buffers.Text;

namespace OpenClaw.Rpc.Hosting;

internal enum HeaderBlockStatus
{
    Complete,
    Incomplete,
    Invalid,
}

/// <summary>
/// An LSP base-protocol header block: lines of <c>Name: value</c> ended by an empty line. Header names are
/// case-insensitive and only Content-Length is read; a bare LF is accepted where CRLF is expected.
/// <see cref="Length"/> is where the body starts (complete) or where to resume scanning (invalid).
/// </summary>
internal readonly record struct HeaderBlock(HeaderBlockStatus Status, long Length, long ContentLength, string? Problem)
{
    public static HeaderBlock Read(ReadOnlySequence<byte> buffer, int maxBytes)
    {
        var reader = new SequenceReader<byte>(buffer);
        long contentLength = -1;
        while (true)
        {
            long lineStart = reader.Consumed;
            if (!reader.TryReadTo(out ReadOnlySequence<byte> sequence, (byte)'\n'))
            {
                return buffer.Length > maxBytes
                    ? new HeaderBlock(HeaderBlockStatus.Invalid, buffer.Length, 0, "the header block is too long")
                    : new HeaderBlock(HeaderBlockStatus.Incomplete, 0, 0, null);
            }

            if (reader.Consumed > maxBytes)
            {
                return new HeaderBlock(HeaderBlockStatus.Invalid, reader.Consumed, 0, "the header block is too long");
            }

            byte[] line = sequence.ToArray();
            int length = line.Length > 0 && line[^1] == (byte)'\r' ? line.Length - 1 : line.Length;
            if (length == 0)
            {
                return contentLength < 0
                    ? new HeaderBlock(HeaderBlockStatus.Invalid, reader.Consumed, 0, "the Content-Length header is missing")
                    : new HeaderBlock(HeaderBlockStatus.Complete, reader.Consumed, contentLength, null);
            }

            string? problem = ReadHeaderLine(line.AsSpan(0, length), ref contentLength);
            if (problem is not null)
            {
                // Junk glued in front of the next header (a body shorter than its Content-Length said):
                // resume at the token so the next message is not lost.
                int token = FrameTokens.IndexOfContentLength(line.AsSpan(1, length - 1));
                long resumeAt = token >= 0 ? lineStart + 1 + token : reader.Consumed;
                return new HeaderBlock(HeaderBlockStatus.Invalid, resumeAt, 0, problem);
            }
        }
    }

    private static string? ReadHeaderLine(ReadOnlySpan<byte> line, ref long contentLength)
    {
        int colon = line.IndexOf((byte)':');
        ReadOnlySpan<byte> name = colon > 0 ? line[..colon] : [];
        if (name.IsEmpty || !FrameTokens.IsToken(name))
        {
            return "a header line is not of the form 'Name: value'";
        }

        if (!FrameTokens.EqualsIgnoreCase(name, "content-length"u8))
        {
            return null;
        }

        ReadOnlySpan<byte> value = line[(colon + 1)..].Trim((byte)' ').Trim((byte)'\t');
        if (!Utf8Parser.TryParse(value, out long parsed, out int used) || used != value.Length || parsed < 0)
        {
            return "the Content-Length header is not a non-negative integer";
        }

        contentLength = parsed;
        return null;
    }
}

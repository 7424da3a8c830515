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
/// </summary>
internal readonly record struct HeaderBlock(HeaderBlockStatus Status, long Length, long ContentLength, string? Problem)
{
    public static HeaderBlock Read(ReadOnlySequence<byte> buffer, int maxBytes)
    {
        var reader = new SequenceReader<byte>(buffer);
        long contentLength = -1;
        string? problem = null;
        while (reader.TryReadTo(out ReadOnlySequence<byte> line, (byte)'\n'))
        {
            if (reader.Consumed > maxBytes)
            {
                return new HeaderBlock(HeaderBlockStatus.Invalid, reader.Consumed, 0, "the header block is too long");
            }

            if (line.Length > 0 && line.Slice(line.Length - 1).FirstSpan[0] == (byte)'\r')
            {
                line = line.Slice(0, line.Length - 1);
            }

            if (line.IsEmpty)
            {
                if (problem is null && contentLength < 0)
                {
                    problem = "the Content-Length header is missing";
                }

                return problem is null
                    ? new HeaderBlock(HeaderBlockStatus.Complete, reader.Consumed, contentLength, null)
                    : new HeaderBlock(HeaderBlockStatus.Invalid, reader.Consumed, 0, problem);
            }

            problem ??= ReadHeaderLine(line.ToArray(), ref contentLength);
        }

        return buffer.Length > maxBytes
            ? new HeaderBlock(HeaderBlockStatus.Invalid, buffer.Length, 0, "the header block is too long")
            : new HeaderBlock(HeaderBlockStatus.Incomplete, 0, 0, null);
    }

    private static string? ReadHeaderLine(byte[] line, ref long contentLength)
    {
        int colon = Array.IndexOf(line, (byte)':');
        if (colon <= 0)
        {
            return "a header line is not of the form 'Name: value'";
        }

        ReadOnlySpan<byte> name = line.AsSpan(0, colon).Trim((byte)' ');
        if (!IsContentLength(name))
        {
            return null;
        }

        ReadOnlySpan<byte> value = line.AsSpan(colon + 1).Trim((byte)' ').Trim((byte)'\t');
        if (!Utf8Parser.TryParse(value, out long parsed, out int used) || used != value.Length || parsed < 0)
        {
            return "the Content-Length header is not a non-negative integer";
        }

        contentLength = parsed;
        return null;
    }

    private static bool IsContentLength(ReadOnlySpan<byte> name)
    {
        ReadOnlySpan<byte> expected = "content-length"u8;
        if (name.Length != expected.Length)
        {
            return false;
        }

        for (int i = 0; i < name.Length; i++)
        {
            if ((byte)char.ToLowerInvariant((char)name[i]) != expected[i])
            {
                return false;
            }
        }

        return true;
    }
}

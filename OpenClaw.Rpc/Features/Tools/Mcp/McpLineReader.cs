using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// Reads newline-delimited messages from a server's stdout, each bounded: a server that writes a longer line (or
/// never ends one) is a broken server, not a reason to buffer without limit.
/// </summary>
internal sealed class McpLineReader(Stream stream, int maxLineBytes)
{
    /// <summary>The bound on one message line.</summary>
    public const int DefaultMaxLineBytes = 4 * 1024 * 1024;

    private readonly PipeReader _reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024));

    /// <summary>The next line without its line ending, or null once the stream has ended.</summary>
    /// <exception cref="McpServerException">The line is longer than the bound.</exception>
    public async ValueTask<byte[]?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            ReadResult read = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            ReadOnlySequence<byte> buffer = read.Buffer;
            SequencePosition? newline = buffer.PositionOf((byte)'\n');
            if (newline is { } end)
            {
                byte[] line = TakeLine(buffer.Slice(0, end));
                _reader.AdvanceTo(buffer.GetPosition(1, end));
                return line;
            }

            if (buffer.Length > maxLineBytes)
            {
                _reader.AdvanceTo(buffer.End);
                throw TooLong();
            }

            if (read.IsCompleted)
            {
                // The last line may lack its newline; after it the stream has ended.
                byte[]? last = buffer.IsEmpty ? null : TakeLine(buffer);
                _reader.AdvanceTo(buffer.End);
                return last;
            }

            _reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private byte[] TakeLine(ReadOnlySequence<byte> line)
    {
        if (line.Length > maxLineBytes)
        {
            throw TooLong();
        }

        byte[] bytes = line.ToArray();
        return bytes is [.., (byte)'\r'] ? bytes[..^1] : bytes;
    }

    private McpServerException TooLong() => new(maxLineBytes % (1024 * 1024) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"the server wrote a message longer than {maxLineBytes / (1024 * 1024)} MB")
        : string.Create(CultureInfo.InvariantCulture, $"the server wrote a message longer than {maxLineBytes} bytes"));
}

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Writes whole frames to the client in the framing the client used (newline-delimited until it is known).
/// One loop owns the output: frames queued while it writes are sent together and flushed once, so pipelined
/// answers cost one write, and frames never interleave. The queue is bounded, so a client that stops reading
/// slows the runtime down instead of growing its memory.
/// </summary>
internal sealed class FrameWriter : IAsyncDisposable
{
    private const int QueueCapacity = 1024;
    private const int BatchBytes = 64 * 1024;
    private readonly Channel<byte[]> _frames = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(QueueCapacity) { SingleReader = true });
    private readonly Stream _output;
    private readonly Func<Framing> _framing;
    private readonly SecretRedactor _secrets;
    private readonly CancellationTokenSource _broken = new();
    private readonly Task _loop;

    public FrameWriter(Stream output, Func<Framing> framing, SecretRedactor secrets)
    {
        _output = output;
        _framing = framing;
        _secrets = secrets;
        _loop = Task.Run(WriteLoopAsync);
    }

    /// <summary>Cancelled when the output fails (the client closed its end).</summary>
    public CancellationToken Broken => _broken.Token;

    /// <summary>
    /// Queues one message. Every frame the client gets passes here (answers, errors, progress, the gate's refusals),
    /// so a known key is redacted here whatever brought it (a provider's error body, a child's stderr). Once the
    /// output failed, frames are dropped instead of filling the queue and blocking.
    /// </summary>
    public ValueTask WriteAsync(ReadOnlySpan<byte> json, CancellationToken cancellationToken)
    {
        byte[] frame = Frame(_secrets.RedactJson(json), _framing());
        return _broken.IsCancellationRequested ? default : QueueAsync(frame, cancellationToken);
    }

    /// <summary>Writes everything queued so far, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _frames.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        _broken.Dispose();
    }

    internal static byte[] Frame(ReadOnlySpan<byte> json, Framing framing)
    {
        if (framing != Framing.ContentLength)
        {
            byte[] line = new byte[json.Length + 1];
            json.CopyTo(line);
            line[^1] = (byte)'\n';
            return line;
        }

        string header = string.Create(CultureInfo.InvariantCulture, $"Content-Length: {json.Length}\r\n\r\n");
        byte[] frame = new byte[Encoding.ASCII.GetByteCount(header) + json.Length];
        int written = Encoding.ASCII.GetBytes(header, frame);
        json.CopyTo(frame.AsSpan(written));
        return frame;
    }

    private async ValueTask QueueAsync(byte[] frame, CancellationToken cancellationToken)
    {
        try
        {
            await _frames.Writer.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            // The output failed or the writer is being disposed: the frame has nowhere to go.
        }
    }

    private async Task WriteLoopAsync()
    {
        var batch = new ArrayBufferWriter<byte>(BatchBytes);
        ChannelReader<byte[]> reader = _frames.Reader;
        try
        {
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (batch.WrittenCount < BatchBytes && reader.TryRead(out byte[]? frame))
                {
                    batch.Write(frame);
                }

                await _output.WriteAsync(batch.WrittenMemory).ConfigureAwait(false);
                await _output.FlushAsync().ConfigureAwait(false);
                batch.ResetWrittenCount();
            }
        }
        catch (IOException)
        {
            _frames.Writer.TryComplete();
            await _broken.CancelAsync().ConfigureAwait(false);
            while (reader.TryRead(out _))
            {
            }
        }
    }
}

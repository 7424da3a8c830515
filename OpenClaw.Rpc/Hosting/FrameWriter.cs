using System.Globalization;
using System.Text;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Writes whole frames to the client in the framing the client used (newline-delimited until it is known).
/// One frame is one write, so frames from concurrent responses never interleave.
/// </summary>
internal sealed class FrameWriter(Stream output, Func<Framing> framing) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task WriteAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        byte[] frame = Frame(json.Span, framing());
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await output.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

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
}

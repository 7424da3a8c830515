using System.Text;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// Drains a server's stderr for its whole life, keeping only the last few kilobytes: a server that logs without end
/// must neither block on a full pipe nor grow our memory. The tail is for the debug log when the server ends.
/// </summary>
internal sealed class McpStderrTail
{
    private const int Kept = 4 * 1024;
    private readonly byte[] _ring = new byte[Kept];
    private readonly Lock _lock = new();
    private long _written;

    public McpStderrTail(Stream stderr)
    {
        Draining = Task.Run(() => DrainAsync(stderr));
    }

    /// <summary>Completes when stderr has ended.</summary>
    public Task Draining { get; }

    /// <summary>The last bytes written, as text (may start mid-line).</summary>
    public string Text()
    {
        lock (_lock)
        {
            int length = (int)Math.Min(_written, Kept);
            int start = (int)((_written - length) % Kept);
            byte[] tail = new byte[length];
            int first = Math.Min(length, Kept - start);
            Array.Copy(_ring, start, tail, 0, first);
            Array.Copy(_ring, 0, tail, first, length - first);
            return Encoding.UTF8.GetString(tail).Trim();
        }
    }

    private async Task DrainAsync(Stream stderr)
    {
        byte[] buffer = new byte[8192];
        try
        {
            int read;
            while ((read = await stderr.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                Keep(buffer.AsSpan(0, read));
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The process is gone and its pipe with it; what was kept is all there is.
        }
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        lock (_lock)
        {
            if (bytes.Length > Kept)
            {
                _written += bytes.Length - Kept;
                bytes = bytes[^Kept..];
            }

            foreach (byte b in bytes)
            {
                _ring[_written++ % Kept] = b;
            }
        }
    }
}

using System.Text;
using System.Text.Json;

namespace OpenClaw.Rpc.Cli;

/// <summary>
/// Prints <c>$/progress</c> values of a streaming <c>call</c> as they arrive: an agent's text <c>delta</c> as plain
/// text, any other value as one line of JSON. The result follows on a line of its own.
/// </summary>
internal sealed class ProgressPrinter(Stream stdout)
{
    private bool _midLine;

    public async Task PrintAsync(JsonElement value)
    {
        byte[] text = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("delta", out JsonElement delta) && delta.ValueKind == JsonValueKind.String
            ? Encoding.UTF8.GetBytes(delta.GetString()!)
            : [.. Encoding.UTF8.GetBytes(value.GetRawText()), (byte)'\n'];
        if (text.Length == 0)
        {
            return;
        }

        _midLine = text[^1] != (byte)'\n';
        await stdout.WriteAsync(text).ConfigureAwait(false);
        await stdout.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Ends the streamed text's last line, so the result starts on its own.</summary>
    public async Task EndAsync()
    {
        if (_midLine)
        {
            await stdout.WriteAsync("\n"u8.ToArray()).ConfigureAwait(false);
            _midLine = false;
        }
    }
}

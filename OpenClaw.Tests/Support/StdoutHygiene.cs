using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Hosting;

namespace OpenClaw.Tests.Support;

/// <summary>Checks that every byte a runtime wrote to stdout belongs to a well-formed JSON-RPC frame.</summary>
internal static class StdoutHygiene
{
    public static int AssertOnlyFrames(byte[] stdout, Framing framing)
    {
        int frames = 0;
        int position = 0;
        while (position < stdout.Length)
        {
            byte[] body;
            if (framing == Framing.NewlineDelimited)
            {
                int newline = Array.IndexOf(stdout, (byte)'\n', position);
                Assert.That(newline, Is.GreaterThanOrEqualTo(0), $"stdout ends with an unterminated line at byte {position}");
                body = stdout[position..newline];
                position = newline + 1;
            }
            else
            {
                string rest = Encoding.ASCII.GetString(stdout, position, Math.Min(64, stdout.Length - position));
                Assert.That(rest, Does.StartWith("Content-Length: "), $"stdout byte {position} does not start a frame");
                int end = rest.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                int length = int.Parse(rest["Content-Length: ".Length..end], CultureInfo.InvariantCulture);
                position += end + 4;
                body = stdout[position..(position + length)];
                position += length;
            }

            using JsonDocument document = JsonDocument.Parse(body);
            Assert.That(document.RootElement.GetProperty("jsonrpc").GetString(), Is.EqualTo("2.0"));
            frames++;
        }

        return frames;
    }
}

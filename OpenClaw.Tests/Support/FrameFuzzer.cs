using System.Text;
using OpenClaw.Rpc.Hosting;

namespace OpenClaw.Tests.Support;

/// <summary>
/// Seeded random client frames: valid requests to cheap methods, notifications, unknown methods, mutated and random
/// bytes, odd JSON, invalid UTF-8, cancellations of random ids and messages over the size limit. Each frame is framed
/// correctly for its framing (so the stream stays in step) while its body is hostile; the same seed gives the same frames.
/// </summary>
internal sealed class FrameFuzzer(int seed, Framing framing, int maxMessageBytes)
{
    // Cheap, side-effect-free methods: a fuzz run must not start conversions or change state.
    private static readonly string[] CheapMethods = ["health", "status", "tts.status", "agent.providers", "sessions.list", "rpc.discover", "config.get"];
    private static readonly string[] Noise = ["no.such", "Health", "$/ping", "tts.", "", " ", "health ", "\u00e9t\u00e9", "sessions.list.x"];

    private readonly Random _random = new(seed);

    /// <summary>What the runtime must answer to <paramref name="id"/>: a request that only a result may follow.</summary>
    public static byte[] Probe(string id, Framing framing) => FrameWriter.Frame(Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"id\":\"{id}\",\"method\":\"health\"}}"), framing);

    public byte[] Next()
    {
        byte[] body = _random.Next(10) switch
        {
            0 => Utf8(Request(_random.Next(2) == 0 ? Number() : $"\"r-{_random.Next(1000)}\"", Pick(CheapMethods), Params())),
            1 => Utf8($"{{\"jsonrpc\":\"2.0\",\"method\":\"{Pick(CheapMethods.Concat(Noise).ToArray())}\"{Params()}}}"),
            2 => Utf8(Request(Number(), Pick(Noise), Params())),
            3 => Mutate(Utf8(Request(Number(), Pick(CheapMethods), Params()))),
            4 => RandomBytes(_random.Next(1, 200)),
            5 => Utf8(OddJson()),
            6 => [.. Utf8($"{{\"jsonrpc\":\"2.0\",\"id\":{Number()},\"method\":\"health\",\"params\":{{\"x\":\""), .. InvalidUtf8(), .. Utf8("\"}}")],
            7 => Utf8($"{{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{{\"id\":{Number()}}}}}"),
            8 => _random.Next(20) == 0 ? Utf8(Request(Number(), "health", $",\"params\":{{\"pad\":\"{new string('x', maxMessageBytes)}\"}}")) : Mutate(Utf8(OddJson())),
            _ => Utf8(Request(Number(), Pick(CheapMethods), $",\"params\":{{\"deep\":{new string('[', _random.Next(1, 100))}{new string(']', _random.Next(1, 100))}}}")),
        };
        return Frame(body);
    }

    private byte[] Frame(byte[] body)
    {
        if (framing == Framing.NewlineDelimited)
        {
            // A newline inside the body would split it into frames the generator did not mean; the gate sees those too.
            byte[] line = [.. body.Select(b => b == (byte)'\n' ? (byte)' ' : b)];
            return _random.Next(8) == 0 ? [.. line, (byte)'\r', (byte)'\n'] : [.. line, (byte)'\n'];
        }

        string header = _random.Next(4) switch
        {
            0 => $"content-length: {body.Length}\r\n\r\n",
            1 => $"Content-Length: {body.Length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n",
            _ => $"Content-Length: {body.Length}\r\n\r\n",
        };
        return [.. Encoding.ASCII.GetBytes(header), .. body];
    }

    private static string Request(string id, string method, string parameters) => $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"{method}\"{parameters}}}";

    private string Params() => _random.Next(6) switch
    {
        0 => string.Empty,
        1 => ",\"params\":null",
        2 => ",\"params\":{}",
        3 => ",\"params\":[]",
        4 => ",\"params\":\"text\"",
        _ => $",\"params\":{{\"limit\":{Number()},\"sessionKey\":\"{new string('k', _random.Next(0, 300))}\"}}",
    };

    private string Number() => _random.Next(5) switch
    {
        0 => "-1",
        1 => "1e3",
        2 => "123456789012345678901234567890",
        3 => "0.5",
        _ => _random.Next(100_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private string OddJson() => _random.Next(8) switch
    {
        0 => "[]",
        1 => $"[{Request(Number(), "health", string.Empty)}]",
        2 => "null",
        3 => "\"health\"",
        4 => $"{{\"jsonrpc\":\"2.0\",\"id\":{{}},\"method\":\"health\"}}",
        5 => $"{{\"jsonrpc\":\"1.0\",\"id\":{Number()},\"method\":\"health\"}}",
        6 => $"{{\"jsonrpc\":\"2.0\",\"id\":{Number()},\"result\":{{}}}}",
        _ => $"{{\"jsonrpc\":\"2.0\",\"id\":{Number()},\"method\":\"health\",\"jsonrpc\":\"2.0\"}}",
    };

    private byte[] Mutate(byte[] body)
    {
        var bytes = new List<byte>(body);
        for (int i = _random.Next(1, 6); i > 0 && bytes.Count > 0; i--)
        {
            int at = _random.Next(bytes.Count);
            switch (_random.Next(4))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1:
                    bytes.RemoveAt(at);
                    break;
                case 2:
                    bytes.Insert(at, (byte)_random.Next(256));
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }

    private byte[] RandomBytes(int length)
    {
        byte[] bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private byte[] InvalidUtf8() => _random.Next(4) switch
    {
        0 => [0xFF],
        1 => [0xC3],
        2 => [0xED, 0xA0, 0x80],
        _ => [0xF8, 0x88, 0x80, 0x80, 0x80],
    };

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}

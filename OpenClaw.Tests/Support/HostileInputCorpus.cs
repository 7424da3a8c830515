using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Hosting;
using static OpenClaw.Tests.Support.Expectation;

namespace OpenClaw.Tests.Support;

/// <summary>
/// Malformed and hostile inputs with the exact answer each must get. After every case a probe request must
/// still succeed: one bad message never ends the connection. Run in-memory and against both binaries.
/// </summary>
internal static class HostileInputCorpus
{
    /// <summary>The message size limit the corpus runs with (set through OPENCLAW_MAX_MESSAGE_BYTES).</summary>
    public const int MaxMessageBytes = 65536;

    private const string ProbeId = "\"probe\"";

    public static IEnumerable<HostileInput> Cases()
    {
        yield return HostileInput.Body("truncated JSON", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"health\"", Error(-32700, "parseError"));
        yield return HostileInput.Body("not JSON at all", "hello there", Error(-32700, "parseError"));
        yield return HostileInput.Body("single quotes", "{'jsonrpc':'2.0','id':1,'method':'health'}", Error(-32700, "parseError"));
        yield return HostileInput.Body("trailing garbage after the object", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"health\"} x", Error(-32700, "parseError"));
        yield return HostileInput.Body("invalid UTF-8", [.. "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\""u8, 0xFF, 0xFE, .. "\"}"u8], Error(-32700, "parseError"));
        yield return HostileInput.Body("invalid UTF-8 in a param the method ignores",
            [.. "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"health\",\"params\":{\"x\":\""u8, 0xC3, 0x28, .. "\"}}"u8], Error(-32700, "parseError"));
        yield return HostileInput.Body("invalid UTF-8 in a member name",
            [.. "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"health\",\"params\":{\""u8, 0xFF, .. "\":1}}"u8], Error(-32700, "parseError"));
        yield return HostileInput.Body("an overlong UTF-8 encoding in a param",
            [.. "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"status\",\"params\":{\"x\":\""u8, 0xC0, 0xAF, .. "\"}}"u8], Error(-32700, "parseError"));
        yield return HostileInput.Body("a UTF-8 encoded surrogate in a param",
            [.. "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"health\",\"params\":{\"x\":\""u8, 0xED, 0xA0, 0x80, .. "\"}}"u8], Error(-32700, "parseError"));
        yield return HostileInput.Body("nesting deeper than 64", new string('[', 200) + new string(']', 200), Error(-32700, "parseError"));
        yield return HostileInput.Body("a JSON string", "\"health\"", Error(-32600, "invalidRequest"));
        yield return HostileInput.Body("a JSON number", "42", Error(-32600, "invalidRequest"));
        yield return HostileInput.Body("JSON null", "null", Error(-32600, "invalidRequest"));
        yield return HostileInput.Body("empty batch", "[]", Error(-32600, "invalidRequest"));
        yield return HostileInput.Body("batch of one request", "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"health\"}]", Error(-32600, "batchNotSupported"));
        yield return HostileInput.Body("batch of junk", "[1,2,3]", Error(-32600, "batchNotSupported"));
        yield return HostileInput.Body("missing jsonrpc", "{\"id\":1,\"method\":\"health\"}", Error(-32600, "invalidRequest", "1"));
        yield return HostileInput.Body("jsonrpc 1.0", "{\"jsonrpc\":\"1.0\",\"id\":2,\"method\":\"health\"}", Error(-32600, "invalidRequest", "2"));
        yield return HostileInput.Body("jsonrpc as a number", "{\"jsonrpc\":2.0,\"id\":3,\"method\":\"health\"}", Error(-32600, "invalidRequest", "3"));
        yield return HostileInput.Body("id is an object", "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"health\"}", Error(-32600, "invalidRequest"));
        yield return HostileInput.Body("id is an array", "{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"health\"}", Error(-32600, "invalidRequest"));
        yield return HostileInput.Body("id is a boolean", "{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"health\"}", Error(-32600, "invalidRequest"));
        yield return HostileInput.Body("id is fractional", "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"health\"}", Error(-32600, "invalidRequest"));
        yield return HostileInput.Body("id is null", "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"health\"}", Error(-32600, "invalidRequest"));
        yield return HostileInput.Body("id beyond 64 bits", "{\"jsonrpc\":\"2.0\",\"id\":123456789012345678901234567890,\"method\":\"health\"}", Error(-32600, "invalidRequest"));
        yield return HostileInput.Body("method missing", "{\"jsonrpc\":\"2.0\",\"id\":4}", Error(-32600, "invalidRequest", "4"));
        yield return HostileInput.Body("method is a number", "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":7}", Error(-32600, "invalidRequest", "5"));
        yield return HostileInput.Body("method is empty", "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"\"}", Error(-32600, "invalidRequest", "6"));
        yield return HostileInput.Body("unknown method", "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"no.such.method\"}", Error(-32601, "methodNotFound", "7"));
        yield return HostileInput.Body("unknown method with a string id", "{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"Health\"}", Error(-32601, "methodNotFound", "\"abc\""));
        yield return HostileInput.Body("unknown $/ request", "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"$/ping\"}", Error(-32601, "methodNotFound", "8"));
        yield return HostileInput.Body("params is a string", "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"health\",\"params\":\"x\"}", Error(-32600, "invalidRequest", "9"));
        yield return HostileInput.Body("params is a number", "{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"health\",\"params\":1}", Error(-32600, "invalidRequest", "10"));
        yield return HostileInput.Body("positional params", "{\"jsonrpc\":\"2.0\",\"id\":11,\"method\":\"initialize\",\"params\":[1234]}", Error(-32602, "invalidParams", "11"));
        yield return HostileInput.Body("wrong param type", "{\"jsonrpc\":\"2.0\",\"id\":12,\"method\":\"initialize\",\"params\":{\"processId\":\"abc\"}}", Error(-32602, "invalidParams", "12"));
        yield return HostileInput.Body("object param given as a string", "{\"jsonrpc\":\"2.0\",\"id\":13,\"method\":\"initialize\",\"params\":{\"clientInfo\":\"me\"}}", Error(-32602, "invalidParams", "13"));
        yield return HostileInput.Body("negative processId", "{\"jsonrpc\":\"2.0\",\"id\":14,\"method\":\"initialize\",\"params\":{\"processId\":-5}}", Error(-32602, "invalidParams", "14"));
        yield return HostileInput.Body("unknown params are ignored", "{\"jsonrpc\":\"2.0\",\"id\":15,\"method\":\"health\",\"params\":{\"verbose\":true}}", Result("15"));
        yield return HostileInput.Body("params null", "{\"jsonrpc\":\"2.0\",\"id\":16,\"method\":\"status\",\"params\":null}", Result("16"));
        yield return HostileInput.Body("BOM before a message", [0xEF, 0xBB, 0xBF, .. "{\"jsonrpc\":\"2.0\",\"id\":17,\"method\":\"health\"}"u8], Result("17"));
        yield return HostileInput.Body("notification to an unknown method", "{\"jsonrpc\":\"2.0\",\"method\":\"no.such.method\"}");
        yield return HostileInput.Body("notification to a request method", "{\"jsonrpc\":\"2.0\",\"method\":\"health\"}");
        yield return HostileInput.Body("notification with bad params", "{\"jsonrpc\":\"2.0\",\"method\":\"initialize\",\"params\":{\"processId\":\"x\"}}");
        yield return HostileInput.Body("unknown $/ notification", "{\"jsonrpc\":\"2.0\",\"method\":\"$/setTrace\",\"params\":{\"value\":\"off\"}}");
        yield return HostileInput.Body("cancel of an unknown request", "{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":999}}");
        yield return HostileInput.Body("a response from the client", "{\"jsonrpc\":\"2.0\",\"id\":18,\"result\":{}}");
        yield return HostileInput.Body("message over the size limit", "{\"jsonrpc\":\"2.0\",\"id\":19,\"method\":\"health\",\"params\":{\"pad\":\"" + new string('x', MaxMessageBytes) + "\"}}",
            Error(-32600, "messageTooLarge"));
        yield return HostileInput.Raw("header line without a colon", null, "Content-Length 40\r\n\r\n", Error(-32700, "parseError"));
        yield return HostileInput.Raw("Content-Length is not a number", null, "Content-Length: forty\r\n\r\n{}", Error(-32700, "parseError"));
        yield return HostileInput.Raw("Content-Length is negative", null, "Content-Length: -4\r\n\r\n{}", Error(-32700, "parseError"));
        yield return HostileInput.Raw("Content-Length missing", null, "Content-Type: application/json\r\n\r\n{}", Error(-32700, "parseError"));
        // The rest of the short body is junk glued to the next header: it is answered once the next frame shows
        // where it ends, and that next frame is still served.
        yield return HostileInput.Raw("Content-Length too short", null,
            "Content-Length: 20\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":20,\"method\":\"health\"}Content-Length: 43\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":26,\"method\":\"health\"}",
            Error(-32700, "parseError"), Error(-32700, "parseError"), Result("26"));
        yield return HostileInput.Raw("header over the size limit", null, "Content-Length: " + (MaxMessageBytes + 1) + "\r\n\r\n" + new string(' ', MaxMessageBytes + 1),
            Error(-32600, "messageTooLarge"));
        yield return HostileInput.Raw("lower-case header and extra headers", null,
            "content-type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 43\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":21,\"method\":\"health\"}", Result("21"));
        yield return HostileInput.Raw("bare LF header lines", null, "Content-Length: 43\n\n{\"jsonrpc\":\"2.0\",\"id\":22,\"method\":\"health\"}", Result("22"));
        yield return HostileInput.Raw("CRLF line end", "{\"jsonrpc\":\"2.0\",\"id\":23,\"method\":\"health\"}\r\n", null, Result("23"));
        yield return HostileInput.Raw("blank lines between messages", "\n\r\n  \n{\"jsonrpc\":\"2.0\",\"id\":24,\"method\":\"health\"}\n", null, Result("24"));
        yield return HostileInput.Raw("pretty-printed JSON in a body", null,
            Framed("{\n  \"jsonrpc\": \"2.0\",\n  \"id\": 25,\n  \"method\": \"health\"\n}"), Result("25"));
    }

    /// <summary>Sends every case that applies to <paramref name="framing"/> and checks each answer and the probe after it.</summary>
    public static async Task RunAsync(IRawConnection connection, Framing framing, CancellationToken cancellationToken = default)
    {
        await ProbeAsync(connection, framing, cancellationToken);
        int ran = 0;
        foreach (HostileInput input in Cases())
        {
            byte[] bytes = framing == Framing.ContentLength ? input.ContentLength : input.Newline;
            if (bytes.Length == 0)
            {
                continue;
            }

            await connection.SendRawAsync(bytes, cancellationToken);
            foreach (Expectation expected in input.Expected)
            {
                JsonElement answer = await connection.ReadAsync(cancellationToken);
                Check(input.Name, expected, answer);
            }

            await ProbeAsync(connection, framing, cancellationToken, input.Name);
            ran++;
        }

        Assert.That(ran, Is.GreaterThanOrEqualTo(30), "the corpus must hold at least 30 inputs per framing");
    }

    private static string Framed(string body) => $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";

    public static byte[] Frame(string json, Framing framing) => FrameWriter.Frame(Encoding.UTF8.GetBytes(json), framing);

    private static async Task ProbeAsync(IRawConnection connection, Framing framing, CancellationToken cancellationToken, string? after = null)
    {
        await connection.SendRawAsync(Frame($"{{\"jsonrpc\":\"2.0\",\"id\":{ProbeId},\"method\":\"health\"}}", framing), cancellationToken);
        JsonElement answer = await connection.ReadAsync(cancellationToken);
        Assert.That(answer.GetProperty("id").GetRawText(), Is.EqualTo(ProbeId),
            after is null ? "probe" : $"after '{after}' the next answer was not the probe (an extra or missing answer): {answer}");
        Assert.That(answer.TryGetProperty("result", out _), Is.True, $"probe after '{after}' failed: {answer}");
    }

    private static void Check(string name, Expectation expected, JsonElement actual)
    {
        Assert.That(actual.GetProperty("jsonrpc").GetString(), Is.EqualTo("2.0"), name);
        Assert.That(actual.GetProperty("id").GetRawText(), Is.EqualTo(expected.IdJson), $"{name}: id of {actual}");
        if (expected.Code is null)
        {
            Assert.That(actual.TryGetProperty("result", out _), Is.True, $"{name}: expected a result, got {actual}");
            return;
        }

        JsonAssert.IsError(actual, expected.Code.Value, expected.Kind!);
        string text = actual.GetRawText();
        Assert.That(text, Does.Not.Contain("   at ").And.Not.Contain("Exception").And.Not.Contain("OpenClaw.Rpc"), $"{name}: internals leaked: {text}");
    }
}

using System.Buffers;
using System.Text.Json;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// The JSON-RPC 2.0 messages this client writes to a server, one compact JSON object per line (MCP stdio framing:
/// a message never contains a raw newline, and the writer escapes the ones inside strings).
/// </summary>
internal static class McpFrames
{
    public static byte[] Request(long id, string method, Action<Utf8JsonWriter>? writeParams) => Frame(writer =>
    {
        writer.WriteNumber("id", id);
        writer.WriteString("method", method);
        WriteParams(writer, writeParams);
    });

    public static byte[] Notification(string method, Action<Utf8JsonWriter>? writeParams) => Frame(writer =>
    {
        writer.WriteString("method", method);
        WriteParams(writer, writeParams);
    });

    /// <summary>An empty result (<c>{}</c>), the answer to a server's <c>ping</c>.</summary>
    public static byte[] EmptyResult(JsonElement id) => Frame(writer =>
    {
        writer.WritePropertyName("id");
        id.WriteTo(writer);
        writer.WriteStartObject("result");
        writer.WriteEndObject();
    });

    public static byte[] Error(JsonElement id, int code, string message) => Frame(writer =>
    {
        writer.WritePropertyName("id");
        id.WriteTo(writer);
        writer.WriteStartObject("error");
        writer.WriteNumber("code", code);
        writer.WriteString("message", message);
        writer.WriteEndObject();
    });

    private static void WriteParams(Utf8JsonWriter writer, Action<Utf8JsonWriter>? writeParams)
    {
        if (writeParams is not null)
        {
            writer.WriteStartObject("params");
            writeParams(writer);
            writer.WriteEndObject();
        }
    }

    private static byte[] Frame(Action<Utf8JsonWriter> writeMembers)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writeMembers(writer);
            writer.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }
}

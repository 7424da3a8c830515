using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Nerdbank.Streams;
using OpenClaw.Rpc.Configuration.Json5;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Cli;

/// <summary>
/// <c>call &lt;method&gt; [json]</c>: sends one request through the same session, gate and dispatcher as stdio,
/// over an in-memory duplex stream, and prints the result (stdout) or the error (stderr, exit code 1).
/// </summary>
internal sealed class CallCommand(RpcSession session)
{
    public async Task<int> RunAsync(string method, string? paramsJson, Stream stdout, TextWriter stderr)
    {
        using JsonDocument? response = await InvokeAsync(method, paramsJson).ConfigureAwait(false);
        if (response is null)
        {
            return 0;
        }

        if (response.RootElement.TryGetProperty("error", out JsonElement error))
        {
            await stderr.WriteLineAsync(Encoding.UTF8.GetString(Indented(error))).ConfigureAwait(false);
            return 1;
        }

        await stdout.WriteAsync(Indented(response.RootElement.GetProperty("result"))).ConfigureAwait(false);
        await stdout.WriteAsync("\n"u8.ToArray()).ConfigureAwait(false);
        await stdout.FlushAsync().ConfigureAwait(false);
        return 0;
    }

    /// <summary>The whole response to one request, or null for a notification (exit).</summary>
    public async Task<JsonDocument?> InvokeAsync(string method, string? paramsJson)
    {
        byte[] request = BuildRequest(method, paramsJson);
        (Stream client, Stream server) = FullDuplexStream.CreatePair();
        Task<SessionEnd> serving = session.RunAsync(server, server, RpcDialects.Native, CancellationToken.None);
        await client.WriteAsync(FrameWriter.Frame(request, Framing.NewlineDelimited)).ConfigureAwait(false);
        var reader = new FrameReader(PipeReader.Create(client), int.MaxValue);
        JsonDocument? response = method == "exit" ? null : await ReadResponseAsync(reader).ConfigureAwait(false);
        await client.DisposeAsync().ConfigureAwait(false);
        await serving.ConfigureAwait(false);
        return response;
    }

    /// <summary>
    /// The answer, after any notifications the request causes (<c>$/progress</c> with a <c>progressToken</c>): the
    /// session is ended only once the answer is read, never while it is still writing.
    /// </summary>
    private static async Task<JsonDocument?> ReadResponseAsync(FrameReader reader)
    {
        while (true)
        {
            InboundFrame frame = await reader.ReadAsync(CancellationToken.None).ConfigureAwait(false);
            if (frame.Kind != FrameKind.Message)
            {
                return null;
            }

            JsonDocument message = JsonDocument.Parse(frame.Payload);
            if (message.RootElement.TryGetProperty("id", out _))
            {
                return message;
            }

            message.Dispose();
        }
    }

    private static byte[] BuildRequest(string method, string? paramsJson)
    {
        JsonDocument? parameters = null;
        try
        {
            // Read as JSON5, like the config: plain JSON reads unchanged, and the error says what is wrong in words.
            parameters = paramsJson is null ? null : Json5Reader.Parse(paramsJson);
        }
        catch (Json5SyntaxException e)
        {
            throw new UsageException($"the params argument is not valid JSON: {e.Message}");
        }

        using (parameters)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("jsonrpc", "2.0");
                if (method != "exit")
                {
                    writer.WriteNumber("id", 1);
                }

                writer.WriteString("method", method);
                if (parameters is not null)
                {
                    writer.WritePropertyName("params");
                    parameters.RootElement.WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            return buffer.WrittenSpan.ToArray();
        }
    }

    internal static byte[] Indented(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = WireJson.Encoder }))
        {
            element.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}

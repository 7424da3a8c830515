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
/// <c>call &lt;method&gt; [json] [--stream] [--out FILE [--force]]</c>: sends one request through the same session, gate
/// and dispatcher as stdio, over an in-memory duplex stream, and prints the result (stdout) or the error (stderr, exit
/// code 1). The method is checked against what this executable serves before anything starts.
/// </summary>
internal sealed class CallCommand(RpcSession session, ServedMethods served)
{
    /// <param name="line">The parsed <c>call</c> command line.</param>
    /// <param name="stream">Print <c>$/progress</c> as it arrives (<c>--stream</c>, or stdout is a terminal).</param>
    /// <param name="stdout">The process's stdout.</param>
    /// <param name="stderr">The process's stderr.</param>
    public async Task<int> RunAsync(CommandLine line, bool stream, Stream stdout, TextWriter stderr)
    {
        MethodDescription method = served.Require(line.Method!);
        AudioFileOutput? audio = line.OutPath is null ? null : AudioFileOutput.Prepare(line.OutPath, line.Force, method, line.ParamsJson);
        ProgressPrinter? progress = stream ? new ProgressPrinter(stdout) : null;
        string? parameters = stream && method.TakesProgressToken ? ParamsWithProgressToken.Add(line.ParamsJson) : line.ParamsJson;
        using JsonDocument? response = await InvokeAsync(method.Name, parameters, progress).ConfigureAwait(false);
        if (response is null)
        {
            return 0;
        }

        if (progress is not null)
        {
            await progress.EndAsync().ConfigureAwait(false);
        }

        if (response.RootElement.TryGetProperty("error", out JsonElement error))
        {
            await stderr.WriteLineAsync(Encoding.UTF8.GetString(Indented(error))).ConfigureAwait(false);
            return 1;
        }

        JsonElement result = response.RootElement.GetProperty("result");
        byte[] text;
        try
        {
            text = audio is null ? Indented(result) : Encoding.UTF8.GetBytes(await audio.WriteAsync(result).ConfigureAwait(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            await stderr.WriteLineAsync($"{served.Executable}: cannot write {line.OutPath}: {e.Message}").ConfigureAwait(false);
            return 1;
        }

        await stdout.WriteAsync(text).ConfigureAwait(false);
        await stdout.WriteAsync("\n"u8.ToArray()).ConfigureAwait(false);
        await stdout.FlushAsync().ConfigureAwait(false);
        return 0;
    }

    /// <summary>The whole response to one request, or null for a notification (exit).</summary>
    public async Task<JsonDocument?> InvokeAsync(string method, string? paramsJson, ProgressPrinter? progress = null)
    {
        byte[] request = BuildRequest(method, paramsJson);
        (Stream client, Stream server) = FullDuplexStream.CreatePair();
        Task<SessionEnd> serving = session.RunAsync(server, server, RpcDialects.Native, CancellationToken.None);
        await client.WriteAsync(FrameWriter.Frame(request, Framing.NewlineDelimited)).ConfigureAwait(false);
        var reader = new FrameReader(PipeReader.Create(client), int.MaxValue);
        JsonDocument? response = method == "exit" ? null : await ReadResponseAsync(reader, progress).ConfigureAwait(false);
        await client.DisposeAsync().ConfigureAwait(false);
        await serving.ConfigureAwait(false);
        return response;
    }

    /// <summary>
    /// The answer, after any notifications the request causes (<c>$/progress</c> with a <c>progressToken</c>): the
    /// session is ended only once the answer is read, never while it is still writing. Progress goes to
    /// <paramref name="progress"/> as it is read, when there is one.
    /// </summary>
    private static async Task<JsonDocument?> ReadResponseAsync(FrameReader reader, ProgressPrinter? progress)
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

            using (message)
            {
                if (progress is not null && message.RootElement.TryGetProperty("method", out JsonElement name) && name.ValueEquals("$/progress")
                    && message.RootElement.TryGetProperty("params", out JsonElement notification) && notification.TryGetProperty("value", out JsonElement value))
                {
                    await progress.PrintAsync(value).ConfigureAwait(false);
                }
            }
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

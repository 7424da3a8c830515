using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;

namespace OpenClaw.Tests.Support;

/// <summary>
/// Plays a protocol/examples transcript against a connection: each step sends a message (or raw bytes, or ends
/// the input), then checks the answer against the document's schemas and its pattern, no answer when none is
/// given, or the exit code.
/// </summary>
internal static class ExampleTranscript
{
    public static IEnumerable<string> Names() => ProtocolFiles.Examples().Select(Path.GetFileNameWithoutExtension)!;

    public static JsonElement Load(string name, RuntimeTrack track)
    {
        string text = File.ReadAllText(Path.Combine(ProtocolFiles.Directory, "examples", name + ".json"))
            .Replace("${track}", track.WireName(), StringComparison.Ordinal)
            .Replace("${exe}", track.ExecutableName(), StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static bool AppliesTo(JsonElement transcript, RuntimeTrack track) =>
        transcript.GetProperty("tracks").EnumerateArray().Any(t => t.GetString() == track.WireName());

    public static async Task PlayAsync(JsonElement transcript, IRawConnection connection, Framing framing,
        Func<Task> endInput, Func<Task<int>> exitCode, CancellationToken cancellationToken)
    {
        int step = 0;
        JsonElement[] steps = [.. transcript.GetProperty("exchange").EnumerateArray()];
        for (int i = 0; i < steps.Length; i++)
        {
            JsonElement current = steps[i];
            step++;
            if (current.TryGetProperty("endOfInput", out _))
            {
                await endInput();
            }
            else
            {
                string json = current.TryGetProperty("sendRaw", out JsonElement raw) ? raw.GetString()! : current.GetProperty("send").GetRawText();
                await connection.SendRawAsync(FrameWriter.Frame(Encoding.UTF8.GetBytes(json), framing), cancellationToken);
            }

            if (current.TryGetProperty("expect", out JsonElement expected))
            {
                JsonElement answer = await connection.ReadAsync(cancellationToken);
                AssertAsDocumented(current, answer, $"step {step}");
                JsonPattern.AssertMatches(answer, expected, $"step {step}");
            }

            if (current.TryGetProperty("exitCode", out JsonElement code))
            {
                Assert.That(await exitCode(), Is.EqualTo(code.GetInt32()), $"step {step}: exit code");
            }
        }
    }

    /// <summary>
    /// An error must be an error object the document allows; a result must be valid against the method's result
    /// schema, and a request that got one must have sent only documented params, each valid against its schema.
    /// </summary>
    private static void AssertAsDocumented(JsonElement step, JsonElement answer, string where)
    {
        OpenRpcSchemas schemas = OpenRpcSchemas.Shipped;
        if (answer.TryGetProperty("error", out JsonElement error))
        {
            OpenRpcSchemas.AssertValid(schemas.Error(), error, $"{where}: the error");
            return;
        }

        JsonElement sent = step.GetProperty("send");
        string method = sent.GetProperty("method").GetString()!;
        OpenRpcSchemas.AssertValid(schemas.Result(method), answer.GetProperty("result"), $"{where}: the result of {method}");
        foreach (JsonProperty param in sent.TryGetProperty("params", out JsonElement parameters) ? parameters.EnumerateObject() : default)
        {
            OpenRpcSchemas.AssertValid(schemas.Param(method, param.Name), param.Value, $"{where}: param {param.Name} of {method}");
        }
    }
}

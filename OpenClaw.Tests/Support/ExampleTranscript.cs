using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;

namespace OpenClaw.Tests.Support;

/// <summary>
/// Plays a protocol/examples transcript against a connection: each step sends a message (or raw bytes, or ends
/// the input), then checks the answer against its pattern, no answer when none is given, or the exit code.
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
        Func<Task> endInput, Func<Task<int>> exitCode)
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
                await connection.SendRawAsync(FrameWriter.Frame(Encoding.UTF8.GetBytes(json), framing));
            }

            if (current.TryGetProperty("expect", out JsonElement expected))
            {
                JsonPattern.AssertMatches(await connection.ReadAsync(), expected, $"step {step}");
            }

            if (current.TryGetProperty("exitCode", out JsonElement code))
            {
                Assert.That(await exitCode(), Is.EqualTo(code.GetInt32()), $"step {step}: exit code");
            }
        }
    }
}

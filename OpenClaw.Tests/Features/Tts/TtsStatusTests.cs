using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts;

/// <summary>tts.status: what it reports about the offline binaries, without ever starting one.</summary>
public sealed class TtsStatusTests
{
    [Test]
    [Platform("Linux,MacOsX")]
    [CancelAfter(60_000)]
    public async Task Status_reports_the_binary_path_and_why_it_is_unavailable_without_starting_it(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        string bin = StandInBinary.Write(dir, "kittentts", $"touch {dir.File("started")}", executable: false);
        await using var openai = new FakeHttpServer(_ => Task.FromResult(FakeResponse.Error(500)));
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge,
            environment: new Dictionary<string, string> { ["OPENCLAW_KITTENTTS_BIN"] = bin, ["OPENAI_API_KEY"] = "sk-test-kitten-fallback-0001" },
            configJson: $"{{\"messages\":{{\"tts\":{{\"provider\":\"kittentts\",\"fallbacks\":[\"openai\"],\"timeoutMs\":500,\"openai\":{{\"baseUrl\":\"{openai.BaseUrl}/v1\"}}}}}}}}");

        JsonElement status = JsonAssert.Result(await harness.CallAsync("tts.status", cancellationToken: cancellationToken));
        JsonElement kitten = status.GetProperty("offlineVoice").GetProperty("providers").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "kittentts");
        Assert.That(kitten.GetProperty("configured").GetBoolean(), Is.True);
        Assert.That(kitten.GetProperty("found").GetBoolean(), Is.True);
        Assert.That(kitten.GetProperty("executable").GetBoolean(), Is.False);
        Assert.That(kitten.GetProperty("path").GetString(), Is.EqualTo(bin));
        Assert.That(kitten.GetProperty("reason").GetString(), Does.StartWith("not executable"));
        Assert.That(File.Exists(dir.File("started")), Is.False, "status never starts the binary");
        Assert.That(status.GetProperty("chain").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "openai" }));
    }
}

using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts;

/// <summary>The TTS prefs file: what tts.setProvider, tts.disable and tts.enable change is on disk before the answer and outlives the process.</summary>
public sealed class TtsPrefsStoreTests
{
    [Test]
    public async Task Enable_disable_and_provider_survive_a_restart_and_are_honoured()
    {
        using var state = new TempDirectory();
        await using (var first = RpcHarness.Start(RuntimeTrack.Edge, stateDir: state.Path))
        {
            Assert.That(JsonAssert.Result(await first.CallAsync("tts.setProvider", "{\"provider\":\" KittenTTS \"}")).GetProperty("provider").GetString(),
                Is.EqualTo("kittentts"));
            Assert.That(JsonAssert.Result(await first.CallAsync("tts.disable", id: 2)).GetProperty("enabled").GetBoolean(), Is.False);
            using JsonDocument onDisk = JsonDocument.Parse(File.ReadAllText(Path.Combine(state.Path, "settings", "tts.json")));
            Assert.That(onDisk.RootElement.GetProperty("formatVersion").GetInt32(), Is.EqualTo(1), "on disk before the answer");
        }

        await using var second = RpcHarness.Start(RuntimeTrack.Edge, stateDir: state.Path);
        JsonElement status = JsonAssert.Result(await second.CallAsync("tts.status"));
        Assert.That(status.GetProperty("enabled").GetBoolean(), Is.False);
        Assert.That(status.GetProperty("provider").GetString(), Is.EqualTo("kittentts"));
        JsonAssert.IsError(await second.CallAsync("tts.convert", "{\"text\":\"hi\"}", id: 2), -32011, "ttsDisabled");
        Assert.That(JsonAssert.Result(await second.CallAsync("tts.enable", id: 3)).GetProperty("enabled").GetBoolean(), Is.True);
        Assert.That(JsonAssert.Result(await second.CallAsync("tts.status", id: 4)).GetProperty("enabled").GetBoolean(), Is.True);
    }
}

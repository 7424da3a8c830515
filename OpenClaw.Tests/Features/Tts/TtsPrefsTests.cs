using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts;

public sealed class TtsPrefsTests
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

    [Test]
    public async Task A_prefs_file_from_a_newer_release_is_not_overwritten()
    {
        using var state = new TempDirectory();
        string prefs = Path.Combine(state.Path, "settings", "tts.json");
        Directory.CreateDirectory(Path.GetDirectoryName(prefs)!);
        const string Newer = "{\"formatVersion\":9,\"tts\":{\"enabled\":false,\"provider\":\"espeak\",\"future\":1}}";
        File.WriteAllText(prefs, Newer);
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, stateDir: state.Path);
        Assert.That(JsonAssert.Result(await harness.CallAsync("tts.status")).GetProperty("enabled").GetBoolean(), Is.True, "read as defaults");
        JsonAssert.IsError(await harness.CallAsync("tts.enable", id: 2), -32015, "stateWriteFailed");
        Assert.That(File.ReadAllText(prefs), Is.EqualTo(Newer));
    }

    [Test]
    public async Task A_corrupt_prefs_file_reads_as_defaults_and_is_replaced_whole()
    {
        using var state = new TempDirectory();
        string prefs = Path.Combine(state.Path, "settings", "tts.json");
        Directory.CreateDirectory(Path.GetDirectoryName(prefs)!);
        File.WriteAllText(prefs, "{\"formatVersion\":1,\"tts\":{\"enab");
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, stateDir: state.Path);
        Assert.That(JsonAssert.Result(await harness.CallAsync("tts.status")).GetProperty("enabled").GetBoolean(), Is.True);
        JsonAssert.Result(await harness.CallAsync("tts.disable", id: 2));
        using JsonDocument replaced = JsonDocument.Parse(File.ReadAllText(prefs));
        Assert.That(replaced.RootElement.GetProperty("tts").GetProperty("enabled").GetBoolean(), Is.False);
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(prefs)!, "*.tmp"), Is.Empty, "no temporary file left behind");
    }
}

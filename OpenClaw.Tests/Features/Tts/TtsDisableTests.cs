using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts;

/// <summary>tts.disable: a corrupt prefs file is read as defaults and replaced whole.</summary>
public sealed class TtsDisableTests
{
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

using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts;

/// <summary>tts.enable: a prefs file it cannot safely rewrite is refused, never overwritten.</summary>
public sealed class TtsEnableTests
{
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
}

using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts;

/// <summary>messages.tts.* as start-up reads it: a bad value stops start-up naming the key.</summary>
public sealed class TtsOptionsLoaderTests
{
    [TestCase("{\"messages\":{\"tts\":{\"provider\":\"nope\"}}}", "messages.tts.provider")]
    [TestCase("{\"messages\":{\"tts\":{\"timeoutMs\":5}}}", "messages.tts.timeoutMs")]
    [TestCase("{\"messages\":{\"tts\":{\"fallbacks\":[\"espeak\",\"x\"]}}}", "messages.tts.fallbacks")]
    [TestCase("{\"messages\":{\"tts\":{\"openai\":{\"baseUrl\":\"ftp://x\"}}}}", "messages.tts.openai.baseUrl")]
    [TestCase("{\"messages\":{\"tts\":{\"kittentts\":{\"args\":\"--fast\"}}}}", "messages.tts.kittentts.args")]
    public async Task An_invalid_tts_config_stops_start_up_naming_the_key(string config, string key)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("bad.json"), config);
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["--config", dir.File("bad.json"), "call", "health"]);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain(key));
    }
}

using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts;

/// <summary>
/// messages.tts.* as start-up reads it: a bad value stops start-up naming the key. That a refused config ends the process
/// with exit code 2 and the message on stderr is shown once, against the binary, in CliProcessTests.
/// </summary>
public sealed class TtsOptionsLoaderTests
{
    [TestCase("{\"messages\":{\"tts\":{\"provider\":\"nope\"}}}", "messages.tts.provider")]
    [TestCase("{\"messages\":{\"tts\":{\"timeoutMs\":5}}}", "messages.tts.timeoutMs")]
    [TestCase("{\"messages\":{\"tts\":{\"fallbacks\":[\"espeak\",\"x\"]}}}", "messages.tts.fallbacks")]
    [TestCase("{\"messages\":{\"tts\":{\"openai\":{\"baseUrl\":\"ftp://x\"}}}}", "messages.tts.openai.baseUrl")]
    [TestCase("{\"messages\":{\"tts\":{\"kittentts\":{\"args\":\"--fast\"}}}}", "messages.tts.kittentts.args")]
    public void An_invalid_tts_config_stops_start_up_naming_the_key(string config, string key)
    {
        using var dir = new TempDirectory();
        ConfigException error = Assert.Throws<ConfigException>(() => RpcHarness.Start(RuntimeTrack.Core, configJson: config, stateDir: dir.Path))!;
        Assert.That(error.Message, Does.Contain(key));
    }
}

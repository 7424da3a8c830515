using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts;

public sealed class TtsValidationTests
{
    [TestCase("{}", "$.text")]
    [TestCase("{\"text\":\"   \"}", "$.text")]
    [TestCase("{\"text\":\"hi\",\"format\":\"flac\"}", "$.format")]
    [TestCase("{\"text\":\"hi\",\"output\":\"stream\"}", "$.output")]
    [TestCase("{\"text\":\"hi\",\"provider\":\"nope\"}", "$.provider")]
    [TestCase("{\"text\":5}", "$.text")]
    public async Task Bad_convert_params_are_invalid_params_naming_the_member(string parameters, string path)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        JsonElement response = await harness.CallAsync("tts.convert", parameters);
        JsonAssert.IsError(response, -32602, "invalidParams");
        Assert.That(response.GetProperty("error").GetProperty("data").GetProperty("path").GetString(), Is.EqualTo(path));
    }

    [Test]
    public async Task Text_over_the_configured_limit_is_refused_with_both_numbers()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, configJson: "{\"messages\":{\"tts\":{\"maxTextLength\":10}}}");
        JsonElement response = await harness.CallAsync("tts.convert", "{\"text\":\"this is longer than ten\"}");
        JsonAssert.IsError(response, -32602, "invalidParams");
        Assert.That(response.GetProperty("error").GetProperty("message").GetString(), Does.Contain("23 characters, max 10"));
    }

    [Test]
    public async Task SetProvider_refuses_an_unknown_provider()
    {
        await using var harness = RpcHarness.Start();
        JsonAssert.IsError(await harness.CallAsync("tts.setProvider", "{\"provider\":\"edge-tts\"}"), -32602, "invalidParams");
        JsonAssert.IsError(await harness.CallAsync("tts.setProvider", "{}", id: 2), -32602, "invalidParams");
    }

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

using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts;

/// <summary>The order providers are tried in on each track, as tts.status shows it and tts.convert follows it.</summary>
public sealed class TtsChainPlannerTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Core_keeps_offline_voice_off_the_default_chain_unless_configured(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        JsonElement status = JsonAssert.Result(await harness.CallAsync("tts.status", cancellationToken: cancellationToken));
        Assert.That(status.GetProperty("offlineVoice").GetProperty("policy").GetString(), Is.EqualTo("lazy-off-default-chain"));
        Assert.That(status.GetProperty("chain").GetArrayLength(), Is.Zero);
        JsonElement response = await harness.CallAsync("tts.convert", "{\"text\":\"hello\"}", id: 2, cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32012, "ttsFailed");
        Assert.That(response.GetProperty("error").GetProperty("data").GetProperty("attempts").EnumerateArray()
            .All(a => a.GetProperty("outcome").GetString() == "skipped"), Is.True);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Core_uses_espeak_once_the_config_names_it(CancellationToken cancellationToken)
    {
        Support.Tools.Require("espeak-ng");
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, configJson: "{\"messages\":{\"tts\":{\"provider\":\"espeak\"}}}");
        JsonElement status = JsonAssert.Result(await harness.CallAsync("tts.status", cancellationToken: cancellationToken));
        Assert.That(status.GetProperty("chain")[0].GetString(), Is.EqualTo("espeak"));
        JsonElement result = JsonAssert.Result(await harness.CallAsync("tts.convert", "{\"text\":\"hello\"}", id: 2, cancellationToken: cancellationToken));
        Assert.That(result.GetProperty("provider").GetString(), Is.EqualTo("espeak"));
    }
}

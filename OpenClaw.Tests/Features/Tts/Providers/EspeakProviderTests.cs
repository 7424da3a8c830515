using System.Buffers.Binary;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts.Providers;

/// <summary>Real audio from espeak-ng: the WAV header, the measured duration and the provenance are checked.</summary>
public sealed class EspeakProviderTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Edge_speaks_with_espeak_and_returns_a_valid_wav_with_measured_duration(CancellationToken cancellationToken)
    {
        Support.Tools.Require("espeak-ng");
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        JsonElement result = JsonAssert.Result(await harness.CallAsync("tts.convert", "{\"text\":\"Hello from OpenClaw\"}", cancellationToken: cancellationToken));
        Assert.That(result.GetProperty("provider").GetString(), Is.EqualTo("espeak"));
        Assert.That(result.GetProperty("format").GetString(), Is.EqualTo("wav"));
        byte[] audio = Convert.FromBase64String(result.GetProperty("audioBase64").GetString()!);
        Assert.That(result.GetProperty("bytes").GetInt32(), Is.EqualTo(audio.Length));
        Assert.That(audio.AsSpan(0, 4).SequenceEqual("RIFF"u8) && audio.AsSpan(8, 4).SequenceEqual("WAVE"u8), Is.True);
        Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(audio.AsSpan(4)), Is.EqualTo(audio.Length - 8), "RIFF size repaired");
        int rate = BinaryPrimitives.ReadInt32LittleEndian(audio.AsSpan(24));
        uint dataBytes = BinaryPrimitives.ReadUInt32LittleEndian(audio.AsSpan(40));
        Assert.That(dataBytes, Is.EqualTo(audio.Length - 44), "data size repaired");
        Assert.That(result.GetProperty("sampleRate").GetInt32(), Is.EqualTo(rate));
        Assert.That(result.GetProperty("channels").GetInt32(), Is.EqualTo(1));
        Assert.That(result.GetProperty("durationMs").GetInt64(), Is.EqualTo(dataBytes * 1000L / (rate * 2)));
        Assert.That(result.GetProperty("durationMs").GetInt64(), Is.InRange(500, 5000), "a short sentence");
        JsonElement attempt = result.GetProperty("attempts").EnumerateArray().Last();
        Assert.That(attempt.GetProperty("provider").GetString(), Is.EqualTo("espeak"));
        Assert.That(attempt.GetProperty("outcome").GetString(), Is.EqualTo("success"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Espeak_cannot_make_mp3_so_a_pinned_request_for_mp3_fails_clearly(CancellationToken cancellationToken)
    {
        Support.Tools.Require("espeak-ng");
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        JsonElement response = await harness.CallAsync("tts.convert", "{\"text\":\"hi\",\"provider\":\"espeak\",\"format\":\"mp3\"}", cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32012, "ttsFailed");
        JsonElement attempt = response.GetProperty("error").GetProperty("data").GetProperty("attempts")[0];
        Assert.That(attempt.GetProperty("outcome").GetString(), Is.EqualTo("skipped"));
        Assert.That(attempt.GetProperty("reason").GetString(), Does.Contain("does not produce mp3"));
    }
}

using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts.Providers;

/// <summary>ElevenLabs against a local fake server, reached as the fallback of a failing OpenAI.</summary>
public sealed class ElevenLabsTtsProviderTests
{
    private const string OpenAiKey = "sk-test-openai-secret-0042";
    private const string ElevenKey = "xi-test-eleven-secret-0043";

    [Test]
    [CancelAfter(60_000)]
    public async Task A_failing_primary_falls_back_to_the_next_cloud_provider(CancellationToken cancellationToken)
    {
        await using var server = new FakeHttpServer(request => Task.FromResult(request.PathAndQuery.StartsWith("/v1/audio", StringComparison.Ordinal)
            ? FakeResponse.Error(503)
            : FakeResponse.Audio(new byte[48000])));
        await using var harness = RpcHarness.Start(RuntimeTrack.Core,
            environment: new Dictionary<string, string> { ["OPENAI_API_KEY"] = OpenAiKey, ["ELEVENLABS_API_KEY"] = ElevenKey },
            configJson: "{\"messages\":{\"tts\":{\"provider\":\"openai\",\"fallbacks\":[\"elevenlabs\"],\"timeoutMs\":5000," +
                $"\"openai\":{{\"baseUrl\":\"{server.BaseUrl}/v1\"}},\"elevenlabs\":{{\"baseUrl\":\"{server.BaseUrl}\"}}}}}}}}");
        JsonElement result = JsonAssert.Result(await harness.CallAsync("tts.convert", "{\"text\":\"Hello\"}", cancellationToken: cancellationToken));
        Assert.That(result.GetProperty("provider").GetString(), Is.EqualTo("elevenlabs"));
        Assert.That(result.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("outcome").GetString()), Is.EqualTo(new[] { "failed", "success" }));
        Assert.That(result.GetProperty("sampleRate").GetInt32(), Is.EqualTo(24000));
        Assert.That(result.GetProperty("durationMs").GetInt64(), Is.EqualTo(1000), "48,000 bytes of 16-bit PCM at 24 kHz");
        RecordedRequest eleven = server.Requests.Single(r => r.PathAndQuery.StartsWith("/v1/text-to-speech/", StringComparison.Ordinal));
        Assert.That(eleven.PathAndQuery, Does.EndWith("?output_format=pcm_24000"));
        Assert.That(eleven.Headers["xi-api-key"], Is.EqualTo(ElevenKey));
        Assert.That(result.GetRawText() + harness.Log, Does.Not.Contain(OpenAiKey).And.Not.Contain(ElevenKey));
    }
}

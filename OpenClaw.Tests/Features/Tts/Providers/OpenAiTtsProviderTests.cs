using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts.Providers;

/// <summary>OpenAI against a local fake server: the request it gets, the audio measured, refusals, rate limits, errors, slowness and junk.</summary>
public sealed class OpenAiTtsProviderTests
{
    private const string OpenAiKey = "sk-test-openai-secret-0042";
    private const string ElevenKey = "xi-test-eleven-secret-0043";

    [Test]
    [CancelAfter(60_000)]
    public async Task OpenAi_gets_the_documented_request_and_its_wav_is_measured(CancellationToken cancellationToken)
    {
        await using var server = new FakeHttpServer(_ => Task.FromResult(FakeResponse.Audio(TestAudio.Tone(16000, 500))));
        await using var harness = Start(server);
        JsonElement result = JsonAssert.Result(await harness.CallAsync("tts.convert", "{\"text\":\"Hello\",\"provider\":\"openai\",\"voice\":\"coral\"}", cancellationToken: cancellationToken));
        Assert.That(result.GetProperty("provider").GetString(), Is.EqualTo("openai"));
        Assert.That(result.GetProperty("durationMs").GetInt64(), Is.EqualTo(500));
        RecordedRequest request = server.Requests.Single();
        Assert.That(request.PathAndQuery, Is.EqualTo("/v1/audio/speech"));
        Assert.That(request.Headers["Authorization"], Is.EqualTo($"Bearer {OpenAiKey}"));
        using JsonDocument body = JsonDocument.Parse(request.Body);
        Assert.That(body.RootElement.GetProperty("input").GetString(), Is.EqualTo("Hello"));
        Assert.That(body.RootElement.GetProperty("voice").GetString(), Is.EqualTo("coral"));
        Assert.That(body.RootElement.GetProperty("response_format").GetString(), Is.EqualTo("wav"));
        Assert.That(body.RootElement.GetProperty("model").GetString(), Is.EqualTo("gpt-4o-mini-tts"));
        Assert.That(request.Headers.ContainsKey("Transfer-Encoding"), Is.False, "a simple server reads a chunked body as empty");
        Assert.That(request.Headers["Content-Length"], Is.EqualTo(Encoding.UTF8.GetByteCount(request.Body).ToString(CultureInfo.InvariantCulture)));
        AssertNoSecret(harness, result);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task OpenAi_mp3_duration_is_measured_from_its_frames(CancellationToken cancellationToken)
    {
        await using var server = new FakeHttpServer(_ => Task.FromResult(FakeResponse.Audio(TestMp3.Frames(100))));
        await using var harness = Start(server);
        JsonElement result = JsonAssert.Result(await harness.CallAsync("tts.convert", "{\"text\":\"Hello\",\"provider\":\"openai\",\"format\":\"mp3\"}", cancellationToken: cancellationToken));
        Assert.That(result.GetProperty("format").GetString(), Is.EqualTo("mp3"));
        Assert.That(result.GetProperty("sampleRate").GetInt32(), Is.EqualTo(44100));
        Assert.That(result.GetProperty("durationMs").GetInt64(), Is.EqualTo(100 * 1152 * 1000L / 44100));
    }

    [TestCase(401, null, "failed", "openai refused the key (HTTP 401); check OPENAI_API_KEY")]
    [TestCase(429, "7", "failed", "openai is rate limiting (HTTP 429, retry after 7000 ms)")]
    [TestCase(500, null, "failed", "openai server error (HTTP 500)")]
    [TestCase(200, null, "failed", "openai answered with something that is not WAV audio")]
    [TestCase(0, null, "timeout", "timed out after 300 ms")]
    [CancelAfter(60_000)]
    public async Task Each_openai_failure_is_one_clear_attempt(int status, string? retryAfter, string outcome, string reason, CancellationToken cancellationToken)
    {
        await using var server = new FakeHttpServer(_ => Task.FromResult(status switch
        {
            0 => FakeResponse.NoAnswer(),
            200 => FakeResponse.Error(200, "{\"ok\":true}"),
            _ => FakeResponse.Error(status, headers: retryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = retryAfter }),
        }));
        await using var harness = Start(server, timeoutMs: 300);
        JsonElement response = await harness.CallAsync("tts.convert", "{\"text\":\"Hello\",\"provider\":\"openai\"}", cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32012, "ttsFailed");
        JsonElement attempt = response.GetProperty("error").GetProperty("data").GetProperty("attempts").EnumerateArray().Single();
        Assert.That(attempt.GetProperty("outcome").GetString(), Is.EqualTo(outcome));
        Assert.That(attempt.GetProperty("reason").GetString(), Is.EqualTo(reason));
        Assert.That(response.GetProperty("error").GetProperty("message").GetString(), Is.EqualTo($"TTS conversion failed: openai: {reason}"));
        AssertNoSecret(harness, response);
    }

    private static RpcHarness Start(FakeHttpServer server, int timeoutMs = 5000) => RpcHarness.Start(RuntimeTrack.Core,
        environment: new Dictionary<string, string> { ["OPENAI_API_KEY"] = OpenAiKey, ["ELEVENLABS_API_KEY"] = ElevenKey },
        configJson: $"{{\"messages\":{{\"tts\":{{\"provider\":\"openai\",\"timeoutMs\":{timeoutMs}," +
            $"\"openai\":{{\"baseUrl\":\"{server.BaseUrl}/v1\"}},\"elevenlabs\":{{\"baseUrl\":\"{server.BaseUrl}\"}}}}}}}}");

    private static void AssertNoSecret(RpcHarness harness, JsonElement answer)
    {
        string everything = answer.GetRawText() + harness.Log;
        Assert.That(everything, Does.Not.Contain(OpenAiKey).And.Not.Contain(ElevenKey));
    }
}

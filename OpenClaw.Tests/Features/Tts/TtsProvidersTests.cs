using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts;

/// <summary>tts.providers: what it says about each provider's key.</summary>
public sealed class TtsProvidersTests
{
    private const string OpenAiKey = "sk-test-openai-secret-0042";
    private const string ElevenKey = "xi-test-eleven-secret-0043";

    [Test]
    [CancelAfter(60_000)]
    public async Task Providers_report_whether_a_key_is_present_and_never_the_key(CancellationToken cancellationToken)
    {
        await using var server = new FakeHttpServer(_ => Task.FromResult(FakeResponse.Error(500)));
        await using var harness = RpcHarness.Start(RuntimeTrack.Core,
            environment: new Dictionary<string, string> { ["OPENAI_API_KEY"] = OpenAiKey, ["ELEVENLABS_API_KEY"] = ElevenKey },
            configJson: "{\"messages\":{\"tts\":{\"provider\":\"openai\",\"timeoutMs\":5000," +
                $"\"openai\":{{\"baseUrl\":\"{server.BaseUrl}/v1\"}},\"elevenlabs\":{{\"baseUrl\":\"{server.BaseUrl}\"}}}}}}}}");
        JsonElement result = JsonAssert.Result(await harness.CallAsync("tts.providers", cancellationToken: cancellationToken));
        JsonElement openai = result.GetProperty("providers").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "openai");
        Assert.That(openai.GetProperty("keyPresent").GetBoolean(), Is.True);
        Assert.That(openai.GetProperty("configured").GetBoolean(), Is.True);
        Assert.That(result.GetRawText() + harness.Log, Does.Not.Contain(OpenAiKey).And.Not.Contain(ElevenKey));
    }
}

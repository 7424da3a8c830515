using System.Text.Json.Serialization;
using OpenClaw.Rpc.Audio;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Tts.Providers;

/// <summary>OpenAI (or any compatible server by base URL): <c>POST {baseUrl}/audio/speech</c>.</summary>
internal sealed class OpenAiTtsProvider(TtsOptions options, ProviderHttp http) : ITtsProvider
{
    private CloudTtsOptions Cloud => options.OpenAi;

    public string Id => TtsProviderIds.OpenAi;

    public string Name => "OpenAI";

    public bool IsOffline => false;

    public TtsProviderState Inspect() => CloudTts.KeyState(Cloud);

    public Task<string?> VersionAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public async Task<byte[]> SynthesizeAsync(TtsSynthesisRequest request, CancellationToken cancellationToken)
    {
        string key = Cloud.ApiKey ?? throw ProviderFailure.Permanent(Inspect().Reason!);
        var body = new OpenAiSpeechRequest(Cloud.Model, request.Voice ?? Cloud.Voice, request.Text, request.Format);
        using var message = new HttpRequestMessage(HttpMethod.Post, $"{Cloud.BaseUrl}/audio/speech")
        {
            Content = JsonRequestBody.Create(body, TtsJsonContext.Default.OpenAiSpeechRequest),
        };
        message.Headers.Authorization = CloudTts.Bearer(key);
        byte[] audio = await CloudTts.PostAsync(http, message, Id, Cloud.KeySource, cancellationToken).ConfigureAwait(false);
        return CloudTts.RequireAudio(audio, request.Format, Id);
    }
}

internal sealed record OpenAiSpeechRequest(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("voice")] string Voice,
    [property: JsonPropertyName("input")] string Input,
    [property: JsonPropertyName("response_format")] string ResponseFormat);

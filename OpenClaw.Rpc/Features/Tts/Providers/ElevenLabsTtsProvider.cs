using System.Text.Json.Serialization;
using OpenClaw.Rpc.Audio;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Tts.Providers;

/// <summary>
/// ElevenLabs: <c>POST {baseUrl}/v1/text-to-speech/{voice}</c>. WAV is asked for as raw 24 kHz PCM and
/// wrapped in a WAV header here; mp3 and opus come as they are.
/// </summary>
internal sealed class ElevenLabsTtsProvider(TtsOptions options, ProviderHttp http) : ITtsProvider
{
    private const int PcmRate = 24000;

    private CloudTtsOptions Cloud => options.ElevenLabs;

    public string Id => TtsProviderIds.ElevenLabs;

    public string Name => "ElevenLabs";

    public bool IsOffline => false;

    public TtsProviderState Inspect() => CloudTts.KeyState(Cloud);

    public Task<string?> VersionAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public async Task<byte[]> SynthesizeAsync(TtsSynthesisRequest request, CancellationToken cancellationToken)
    {
        string key = Cloud.ApiKey ?? throw ProviderFailure.Permanent(Inspect().Reason!);
        string outputFormat = request.Format switch
        {
            AudioFormat.Mp3 => "mp3_44100_128",
            AudioFormat.Opus => "opus_48000_64",
            _ => $"pcm_{PcmRate}",
        };
        string voice = Uri.EscapeDataString(request.Voice ?? Cloud.Voice);
        using var message = new HttpRequestMessage(HttpMethod.Post, $"{Cloud.BaseUrl}/v1/text-to-speech/{voice}?output_format={outputFormat}")
        {
            Content = JsonRequestBody.Create(new ElevenLabsSpeechRequest(request.Text, Cloud.Model, VoiceSettings(Cloud.VoiceSettings)), TtsJsonContext.Default.ElevenLabsSpeechRequest),
        };
        message.Headers.Add("xi-api-key", key);
        byte[] audio = await CloudTts.PostAsync(http, message, Id, Cloud.KeySource, cancellationToken).ConfigureAwait(false);
        if (request.Format == AudioFormat.Wav)
        {
            return audio.Length is > 0 && audio.Length % 2 == 0
                ? WavFile.FromPcm16(audio, PcmRate, 1)
                : throw ProviderFailure.Permanent("elevenlabs answered with something that is not 16-bit PCM");
        }

        return CloudTts.RequireAudio(audio, request.Format, Id);
    }

    private static ElevenLabsVoiceSettings? VoiceSettings(TtsVoiceSettings? settings) => settings is null ? null
        : new ElevenLabsVoiceSettings(settings.Stability, settings.SimilarityBoost, settings.Style, settings.UseSpeakerBoost, settings.Speed);
}

internal sealed record ElevenLabsSpeechRequest(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("model_id")] string ModelId,
    [property: JsonPropertyName("voice_settings"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ElevenLabsVoiceSettings? VoiceSettings = null);

/// <summary>ElevenLabs' <c>voice_settings</c>; members left unset keep ElevenLabs' defaults.</summary>
internal sealed record ElevenLabsVoiceSettings(
    [property: JsonPropertyName("stability"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Stability,
    [property: JsonPropertyName("similarity_boost"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? SimilarityBoost,
    [property: JsonPropertyName("style"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Style,
    [property: JsonPropertyName("use_speaker_boost"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? UseSpeakerBoost,
    [property: JsonPropertyName("speed"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Speed);

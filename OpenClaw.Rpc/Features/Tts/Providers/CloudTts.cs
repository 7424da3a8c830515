using System.Net.Http.Headers;
using OpenClaw.Rpc.Audio;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Tts.Providers;

/// <summary>What the cloud speech providers share: the call through the provider HTTP seam, their readiness, and the check that an answer is audio.</summary>
internal static class CloudTts
{
    /// <summary>Posts <paramref name="request"/> and returns the answer's body; every HTTP failure is a classified <see cref="ProviderFailure"/>.</summary>
    public static async Task<byte[]> PostAsync(ProviderHttp http, HttpRequestMessage request, string provider, string keySource,
        CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await http.SendAsync(request, provider, keySource, cancellationToken).ConfigureAwait(false);
        return await ProviderBody.ReadAsync(response, provider, ProviderBody.MaxAudioBytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The body when it really is audio of <paramref name="format"/> (WAV is normalised); otherwise the attempt fails.</summary>
    public static byte[] RequireAudio(byte[] body, string format, string provider)
    {
        if (format == AudioFormat.Wav)
        {
            return WavFile.TryParse(body)?.Normalize(body) ?? throw ProviderFailure.Permanent($"{provider} answered with something that is not WAV audio");
        }

        return AudioProbe.Measure(format, body) is null ? throw ProviderFailure.Permanent($"{provider} answered with something that is not {format} audio") : body;
    }

    public static AuthenticationHeaderValue Bearer(string key) => new("Bearer", key);

    /// <summary>A cloud provider is configured exactly when it has a key; it produces every format.</summary>
    public static TtsProviderState KeyState(CloudTtsOptions cloud) => cloud.ApiKey is null
        ? new TtsProviderState(false, false, $"not configured: {cloud.KeySource} is not set", AudioFormat.All, KeyPresent: false)
        : new TtsProviderState(true, true, null, AudioFormat.All, KeyPresent: true);
}

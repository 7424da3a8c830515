using OpenClaw.Rpc.Audio;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>Answers <c>voice.transcribe</c>.</summary>
internal sealed class VoiceTranscribeHandler(VoiceOptions options, VoiceTranscriber transcriber) : IVoiceTranscribe
{
    public async Task<VoiceTranscribeResult> InvokeAsync(VoiceTranscribeParams? parameters = null, CancellationToken cancellationToken = default)
    {
        parameters ??= new VoiceTranscribeParams();
        string? pinned = parameters.Provider?.Trim().ToLowerInvariant();
        if (pinned is { Length: > 0 } && transcriber.Engines.All(e => e.Id != pinned))
        {
            throw RpcException.InvalidParams("$.provider", $"unknown provider {EchoedInput.Quote(parameters.Provider!)}; use {string.Join(", ", transcriber.Engines.Select(e => e.Id))}");
        }

        (byte[] bytes, WavFile wav) = AudioInput.Read(parameters, options, cancellationToken);
        string? language = string.IsNullOrWhiteSpace(parameters.Language) ? null : parameters.Language.Trim();
        return await transcriber.TranscribeAsync(bytes, wav, language, pinned is { Length: > 0 } ? pinned : null, cancellationToken).ConfigureAwait(false);
    }
}

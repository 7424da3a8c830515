using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>Routes each voice method to its handler.</summary>
internal sealed class VoiceMethods(VoiceStatusHandler status, VoiceTranscribeHandler transcribe) : IVoiceMethods
{
    public Task<VoiceStatusResult> StatusAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default) =>
        status.InvokeAsync(cancellationToken);

    public Task<VoiceTranscribeResult> TranscribeAsync(VoiceTranscribeParams? parameters = null, CancellationToken cancellationToken = default) =>
        transcribe.InvokeAsync(parameters ?? new VoiceTranscribeParams(null, null, null, null), cancellationToken);
}

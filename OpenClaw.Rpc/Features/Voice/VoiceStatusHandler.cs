using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>Answers <c>voice.status</c>: which engines exist and can run, without running them.</summary>
internal sealed class VoiceStatusHandler(VoiceOptions options, VoiceTranscriber transcriber) : IVoiceStatus
{
    public Task<VoiceStatusResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var engines = transcriber.Engines.Select(e => (e.Id, State: e.Inspect())).ToList();
        return Task.FromResult(new VoiceStatusResult(
            [.. engines.Select(e => new TranscriptionEngineStatus(e.Id, e.State.Configured, e.State.Configured && e.State.Available, e.State.Binary?.Path,
                e.State.Languages, e.State.Reason))],
            [.. engines.Where(e => e.State is { Configured: true, Available: true }).Select(e => e.Id)],
            new VoiceLimits(options.MaxAudioBytes, options.TimeoutMs),
            options.AllowedRoots));
    }
}

using OpenClaw.Rpc.Audio;
using OpenClaw.Rpc.Protocol;
using OpenClaw.Rpc.Resilience;
using OpenClaw.Rpc.Storage;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>
/// Converts the audio to 16 kHz mono, stages it in the state dir, and tries the engines through the transcription chain
/// (whisper.cpp when configured, then pocketsphinx). All failing is one error listing every attempt.
/// </summary>
internal sealed class VoiceTranscriber(VoiceOptions options, IEnumerable<ITranscriptionEngine> engines, TranscriptionChain chain)
{
    public IReadOnlyList<ITranscriptionEngine> Engines { get; } = [.. engines.OrderBy(e => e.Id == "whisper" ? 0 : 1)];

    public async Task<VoiceTranscribeResult> TranscribeAsync(byte[] bytes, WavFile wav, string? language, string? pinned, CancellationToken cancellationToken)
    {
        string staged = Path.Combine(options.WorkDir, $"transcribe-{Guid.NewGuid():N}.wav");
        await AtomicFile.WriteAsync(staged, PcmResampler.ToSpeechWav(wav, bytes), cancellationToken).ConfigureAwait(false);
        try
        {
            ChainStep<ITranscriptionEngine>[] steps = [.. Engines.Where(e => pinned is null || e.Id == pinned)
                .Select(e => new ChainStep<ITranscriptionEngine>(e.Id, null, e, Refusal(e, language)))];
            ChainOutcome<ITranscriptionEngine, string> outcome = await chain.RunAsync(steps,
                (step, attempt) => new ValueTask<string>(step.Target.TranscribeAsync(staged, language, attempt.Token)), cancellationToken).ConfigureAwait(false);
            IReadOnlyList<ProviderAttempt> attempts = ProviderAttempt.From(outcome.Attempts);
            return outcome.Succeeded
                ? new VoiceTranscribeResult(outcome.Result, outcome.AnsweredBy.Provider, wav.DurationMs, attempts)
                : throw new RpcException(RpcErrorCodes.TranscriptionFailed, $"Transcription failed: {outcome.AllCauses("no transcription engine")}",
                    new ChainFailedData { Kind = RpcErrorKinds.TranscriptionFailed, Attempts = attempts });
        }
        finally
        {
            File.Delete(staged);
        }
    }

    private static string? Refusal(ITranscriptionEngine engine, string? language)
    {
        TranscriptionEngineState state = engine.Inspect();
        return !state.Configured || !state.Available ? state.Reason : engine.RefuseLanguage(language);
    }
}

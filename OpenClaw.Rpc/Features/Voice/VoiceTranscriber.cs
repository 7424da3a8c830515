using OpenClaw.Rpc.Audio;
using OpenClaw.Rpc.Protocol;
using OpenClaw.Rpc.Storage;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>
/// Converts the audio to 16 kHz mono, stages it in the state dir, and tries the engines in order (whisper.cpp
/// when configured, then pocketsphinx), each bounded by <c>voice.timeoutMs</c>. All failing is one error
/// listing every attempt.
/// </summary>
internal sealed class VoiceTranscriber(VoiceOptions options, IEnumerable<ITranscriptionEngine> engines, TimeProvider time)
{
    public IReadOnlyList<ITranscriptionEngine> Engines { get; } = [.. engines.OrderBy(e => e.Id == "whisper" ? 0 : 1)];

    public async Task<VoiceTranscribeResult> TranscribeAsync(byte[] bytes, WavFile wav, string? language, string? pinned, CancellationToken cancellationToken)
    {
        string staged = Path.Combine(options.WorkDir, $"transcribe-{Guid.NewGuid():N}.wav");
        await AtomicFile.WriteAsync(staged, PcmResampler.ToSpeechWav(wav, bytes), cancellationToken).ConfigureAwait(false);
        try
        {
            var attempts = new List<ProviderAttempt>();
            foreach (ITranscriptionEngine engine in Engines.Where(e => pinned is null || e.Id == pinned))
            {
                TranscriptionEngineState state = engine.Inspect();
                string? refusal = !state.Configured || !state.Available ? state.Reason : engine.RefuseLanguage(language);
                if (refusal is not null)
                {
                    attempts.Add(new ProviderAttempt(engine.Id, ProviderAttempt.Skipped, refusal, 0));
                    continue;
                }

                long started = time.GetTimestamp();
                try
                {
                    string text = await engine.TranscribeAsync(staged, language, TimeSpan.FromMilliseconds(options.TimeoutMs), cancellationToken).ConfigureAwait(false);
                    attempts.Add(new ProviderAttempt(engine.Id, ProviderAttempt.Success, null, Elapsed(started)));
                    return new VoiceTranscribeResult(text, engine.Id, wav.DurationMs, attempts);
                }
                catch (TranscriptionException e)
                {
                    attempts.Add(new ProviderAttempt(engine.Id, e.IsTimeout ? ProviderAttempt.Timeout : ProviderAttempt.Failed, e.Message, Elapsed(started)));
                }
            }

            string causes = attempts.Count == 0 ? "no transcription engine" : string.Join("; ", attempts.Select(a => $"{a.Provider}: {a.Reason}"));
            throw new RpcException(RpcErrorCodes.TranscriptionFailed, $"Transcription failed: {causes}",
                new RpcErrorData { Kind = RpcErrorKinds.TranscriptionFailed, Attempts = attempts });
        }
        finally
        {
            File.Delete(staged);
        }
    }

    private long Elapsed(long started) => (long)time.GetElapsedTime(started).TotalMilliseconds;
}

using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>Audio that a provider really produced, and every attempt made on the way.</summary>
internal sealed record TtsConversion(string Provider, byte[] Audio, IReadOnlyList<ProviderAttempt> Attempts);

/// <summary>
/// Walks the chain: skips providers that are not configured, not available or cannot produce the format; gives
/// each attempt <c>messages.tts.timeoutMs</c>; stops at the first real audio. When all fail, the error lists
/// every attempt in chain order, so the same faults always give the same error.
/// </summary>
internal sealed class TtsConverter(TtsOptions options, TtsChainPlanner planner, TtsConversionCounters counters, TimeProvider time)
{
    public async Task<TtsConversion> ConvertAsync(string text, string format, string? voice, string? pinned, CancellationToken cancellationToken)
    {
        var attempts = new List<ProviderAttempt>();
        TimeSpan timeout = TimeSpan.FromMilliseconds(options.TimeoutMs);
        foreach (ITtsProvider provider in planner.Plan(pinned))
        {
            TtsProviderState state = provider.Inspect();
            if (!state.Configured || !state.Available)
            {
                attempts.Add(new ProviderAttempt(provider.Id, ProviderAttempt.Skipped, state.Reason, 0));
                continue;
            }

            if (!state.Formats.Contains(format))
            {
                attempts.Add(new ProviderAttempt(provider.Id, ProviderAttempt.Skipped,
                    $"does not produce {format} (it produces {string.Join(", ", state.Formats)})", 0));
                continue;
            }

            long started = time.GetTimestamp();
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attempt.CancelAfter(timeout);
            try
            {
                byte[] audio = await provider.SynthesizeAsync(new TtsSynthesisRequest(text, format, voice, timeout), attempt.Token).ConfigureAwait(false);
                attempts.Add(new ProviderAttempt(provider.Id, ProviderAttempt.Success, null, Elapsed(started)));
                counters.Record(attempts);
                return new TtsConversion(provider.Id, audio, attempts);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                attempts.Add(new ProviderAttempt(provider.Id, ProviderAttempt.Timeout, $"timed out after {options.TimeoutMs} ms", Elapsed(started)));
            }
            catch (TtsProviderException e)
            {
                attempts.Add(new ProviderAttempt(provider.Id, e.IsTimeout ? ProviderAttempt.Timeout : ProviderAttempt.Failed, e.Message, Elapsed(started)));
            }
        }

        counters.Record(attempts);
        string causes = attempts.Count == 0
            ? "no provider in the chain"
            : string.Join("; ", attempts.Select(a => $"{a.Provider}: {a.Reason}"));
        throw new RpcException(RpcErrorCodes.TtsFailed, $"TTS conversion failed: {causes}",
            new RpcErrorData { Kind = RpcErrorKinds.TtsFailed, Retryable = attempts.Any(a => a.Outcome is ProviderAttempt.Timeout), Attempts = attempts });
    }

    private long Elapsed(long started) => (long)time.GetElapsedTime(started).TotalMilliseconds;
}

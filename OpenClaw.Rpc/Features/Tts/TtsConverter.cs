using OpenClaw.Rpc.Protocol;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>Audio that a provider really produced, and every attempt made on the way.</summary>
internal sealed record TtsConversion(string Provider, byte[] Audio, IReadOnlyList<ProviderAttempt> Attempts);

/// <summary>
/// Converts through the provider chain: providers that are not configured, not available or cannot produce the format
/// are skipped; the first real audio wins. When all fail, the error lists every attempt in chain order, so the same
/// faults always give the same error.
/// </summary>
internal sealed class TtsConverter(TtsChainPlanner planner, TtsProviderChain chain)
{
    public async Task<TtsConversion> ConvertAsync(string text, string format, string? voice, string? pinned, CancellationToken cancellationToken)
    {
        var request = new TtsSynthesisRequest(text, format, voice);
        ChainStep<ITtsProvider>[] steps = [.. planner.Plan(pinned).Select(p => new ChainStep<ITtsProvider>(p.Id, null, p, SkipReason(p, format)))];
        ChainOutcome<ITtsProvider, byte[]> outcome = await chain.RunAsync(steps,
            (step, attempt) => new ValueTask<byte[]>(step.Target.SynthesizeAsync(request, attempt.Token)), cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ProviderAttempt> attempts = ProviderAttempt.From(outcome.Attempts);
        return outcome.Succeeded
            ? new TtsConversion(outcome.AnsweredBy.Provider, outcome.Result, attempts)
            : throw new RpcException(RpcErrorCodes.TtsFailed, $"TTS conversion failed: {outcome.AllCauses("no provider in the chain")}",
                new ChainFailedData { Kind = RpcErrorKinds.TtsFailed, Retryable = attempts.Any(a => a.Outcome == AttemptOutcome.Timeout), Attempts = attempts });
    }

    private static string? SkipReason(ITtsProvider provider, string format)
    {
        TtsProviderState state = provider.Inspect();
        if (!state.Configured || !state.Available)
        {
            return state.Reason;
        }

        return state.Formats.Contains(format) ? null : $"does not produce {format} (it produces {string.Join(", ", state.Formats)})";
    }
}

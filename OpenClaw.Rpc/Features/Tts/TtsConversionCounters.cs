using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>Attempts per provider and outcome, for <c>runtime.metrics</c> (tts.attempts{provider, outcome}).</summary>
internal sealed class TtsConversionCounters : IMetricsSource
{
    private readonly OutcomeCounters _attempts = new("tts.attempts");

    public void Record(IEnumerable<ProviderAttempt> attempts)
    {
        foreach (ProviderAttempt attempt in attempts)
        {
            _attempts.Add(attempt.Provider, attempt.Outcome);
        }
    }

    public IEnumerable<MetricCounter> Collect() => _attempts.Collect();
}

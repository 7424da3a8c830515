using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>Attempts per provider and outcome, for <c>runtime.metrics</c> (tts.attempts{provider, outcome}).</summary>
internal sealed class TtsConversionCounters : IMetricsSource
{
    private readonly Dictionary<(string Provider, string Outcome), long> _counts = [];
    private readonly Lock _lock = new();

    public void Record(IEnumerable<ProviderAttempt> attempts)
    {
        lock (_lock)
        {
            foreach (ProviderAttempt attempt in attempts)
            {
                _counts[(attempt.Provider, attempt.Outcome)] = _counts.GetValueOrDefault((attempt.Provider, attempt.Outcome)) + 1;
            }
        }
    }

    public IEnumerable<MetricCounter> Collect()
    {
        lock (_lock)
        {
            return [.. _counts.OrderBy(c => c.Key.Provider, StringComparer.Ordinal).ThenBy(c => c.Key.Outcome, StringComparer.Ordinal)
                .Select(c => new MetricCounter("tts.attempts", new Dictionary<string, string> { ["provider"] = c.Key.Provider, ["outcome"] = c.Key.Outcome }, c.Value))];
        }
    }
}

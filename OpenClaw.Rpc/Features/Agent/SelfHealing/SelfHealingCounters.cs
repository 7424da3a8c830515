using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>
/// Self-healing counters for <c>runtime.metrics</c>: <c>selfHealing.attempts{provider, outcome}</c>,
/// <c>selfHealing.recoveries{provider}</c> (runs answered by that provider after an earlier failure) and
/// <c>selfHealing.circuit{provider, state}</c> (1 for the provider's current breaker state).
/// </summary>
internal sealed class SelfHealingCounters(ProviderPipelines pipelines) : IMetricsSource
{
    private readonly OutcomeCounters _attempts = new("selfHealing.attempts");
    private readonly Dictionary<string, long> _recoveries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Record(IEnumerable<SelfHealingAttempt> attempts, string? recoveredBy)
    {
        foreach (SelfHealingAttempt attempt in attempts)
        {
            _attempts.Add(attempt.Provider, attempt.Outcome);
        }

        if (recoveredBy is not null)
        {
            lock (_lock)
            {
                _recoveries[recoveredBy] = _recoveries.GetValueOrDefault(recoveredBy) + 1;
            }
        }
    }

    public IEnumerable<MetricCounter> Collect()
    {
        List<MetricCounter> counters = [.. _attempts.Collect()];
        lock (_lock)
        {
            counters.AddRange(_recoveries.OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => new MetricCounter("selfHealing.recoveries", new Dictionary<string, string> { ["provider"] = r.Key }, r.Value)));
        }

        counters.AddRange(_attempts.Providers()
            .Select(p => (Provider: p, State: pipelines.CircuitState(p)))
            .Where(p => p.State is not null)
            .Select(p => new MetricCounter("selfHealing.circuit", new Dictionary<string, string> { ["provider"] = p.Provider, ["state"] = p.State! }, 1)));
        return counters;
    }
}

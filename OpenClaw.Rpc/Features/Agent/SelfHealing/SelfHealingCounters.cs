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
    private readonly Dictionary<(string Provider, string Outcome), long> _attempts = [];
    private readonly Dictionary<string, long> _recoveries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Record(IEnumerable<SelfHealingAttempt> attempts, string? recoveredBy)
    {
        lock (_lock)
        {
            foreach (SelfHealingAttempt attempt in attempts)
            {
                _attempts[(attempt.Provider, attempt.Outcome)] = _attempts.GetValueOrDefault((attempt.Provider, attempt.Outcome)) + 1;
            }

            if (recoveredBy is not null)
            {
                _recoveries[recoveredBy] = _recoveries.GetValueOrDefault(recoveredBy) + 1;
            }
        }
    }

    public IEnumerable<MetricCounter> Collect()
    {
        lock (_lock)
        {
            List<MetricCounter> counters = [.. _attempts.OrderBy(c => c.Key.Provider, StringComparer.Ordinal).ThenBy(c => c.Key.Outcome, StringComparer.Ordinal)
                .Select(c => new MetricCounter("selfHealing.attempts", new Dictionary<string, string> { ["provider"] = c.Key.Provider, ["outcome"] = c.Key.Outcome }, c.Value))];
            counters.AddRange(_recoveries.OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => new MetricCounter("selfHealing.recoveries", new Dictionary<string, string> { ["provider"] = r.Key }, r.Value)));
            counters.AddRange(_attempts.Keys.Select(k => k.Provider).Distinct().Order(StringComparer.Ordinal)
                .Select(p => (Provider: p, State: pipelines.CircuitState(p)))
                .Where(p => p.State is not null)
                .Select(p => new MetricCounter("selfHealing.circuit", new Dictionary<string, string> { ["provider"] = p.Provider, ["state"] = p.State! }, 1)));
            return counters;
        }
    }
}

using OpenClaw.Rpc.Checks;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>
/// Self-healing counters for <c>runtime.metrics</c>: <c>selfHealing.attempts{provider, outcome}</c>,
/// <c>selfHealing.recoveries{provider}</c> (runs answered by that provider after an earlier failure) and
/// <c>selfHealing.circuit{provider, state}</c> (1 for the provider's current breaker state).
/// </summary>
internal sealed class SelfHealingCounters(SelfHealingChain chain) : IMetricsSource
{
    public IEnumerable<MetricCounter> Collect() =>
    [
        .. chain.Counters.Attempts(),
        .. chain.Counters.Recoveries(),
        .. chain.Counters.Providers()
            .Select(p => (Provider: p, State: chain.CircuitState(p)))
            .Where(p => p.State is not null)
            .Select(p => new MetricCounter("selfHealing.circuit", new Dictionary<string, string> { ["provider"] = p.Provider, ["state"] = p.State! }, 1)),
    ];
}

using OpenClaw.Rpc.Checks;

namespace OpenClaw.Rpc.Resilience;

/// <summary>
/// A chain's counts for <c>runtime.metrics</c>: <c>&lt;prefix&gt;.attempts{provider, outcome}</c> and
/// <c>&lt;prefix&gt;.recoveries{provider}</c> (walks answered by that provider after an earlier failure). Each area
/// publishes the ones it documents.
/// </summary>
internal sealed class ChainCounters(string prefix)
{
    private readonly OutcomeCounters _attempts = new($"{prefix}.attempts");
    private readonly Dictionary<string, long> _recoveries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Record(IEnumerable<ChainAttempt> attempts, string? recoveredBy)
    {
        foreach (ChainAttempt attempt in attempts)
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

    /// <summary>The providers attempted so far.</summary>
    public IReadOnlyList<string> Providers() => _attempts.Providers();

    public IReadOnlyList<MetricCounter> Attempts() => _attempts.Collect();

    public IReadOnlyList<MetricCounter> Recoveries()
    {
        lock (_lock)
        {
            return [.. _recoveries.OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => new MetricCounter($"{prefix}.recoveries", new Dictionary<string, string> { ["provider"] = r.Key }, r.Value))];
        }
    }
}

namespace OpenClaw.Rpc.Checks;

/// <summary>
/// Thread-safe counts per provider and outcome, reported as one <see cref="MetricCounter"/> named
/// <c>name{provider, outcome}</c> per pair, in a stable order; <paramref name="subject"/> renames the first label
/// (<c>tool</c> for tool calls).
/// </summary>
internal sealed class OutcomeCounters(string name, string subject = "provider")
{
    private readonly Dictionary<(string Provider, string Outcome), long> _counts = [];
    private readonly Lock _lock = new();

    /// <summary>Counts one outcome of <paramref name="provider"/>.</summary>
    public void Add(string provider, string outcome)
    {
        lock (_lock)
        {
            _counts[(provider, outcome)] = _counts.GetValueOrDefault((provider, outcome)) + 1;
        }
    }

    /// <summary>The providers counted so far.</summary>
    public IReadOnlyList<string> Providers()
    {
        lock (_lock)
        {
            return [.. _counts.Keys.Select(k => k.Provider).Distinct().Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>The counters as they are now.</summary>
    public IReadOnlyList<MetricCounter> Collect()
    {
        lock (_lock)
        {
            return [.. _counts.OrderBy(c => c.Key.Provider, StringComparer.Ordinal).ThenBy(c => c.Key.Outcome, StringComparer.Ordinal)
                .Select(c => new MetricCounter(name, new Dictionary<string, string> { [subject] = c.Key.Provider, ["outcome"] = c.Key.Outcome }, c.Value))];
        }
    }
}

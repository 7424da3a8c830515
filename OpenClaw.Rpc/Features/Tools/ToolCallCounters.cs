using OpenClaw.Rpc.Checks;

namespace OpenClaw.Rpc.Features.Tools;

/// <summary>
/// Tool calls by tool and final outcome, for <c>runtime.metrics</c> (<c>tools.calls{tool, outcome}</c>). The tool loop
/// records each call once, when it ends. A model may ask for names no server has, so past <see cref="MaxTools"/>
/// distinct names the rest are counted under <see cref="OtherTools"/> and the table cannot grow without bound.
/// </summary>
internal sealed class ToolCallCounters : IMetricsSource
{
    public const int MaxTools = 256;

    public const string OtherTools = "(other)";

    private readonly OutcomeCounters _counters = new("tools.calls", "tool");

    /// <summary>Counts one call of <paramref name="tool"/> (the namespaced name) that ended in <paramref name="outcome"/>.</summary>
    public void Record(string tool, string outcome)
    {
        ArgumentException.ThrowIfNullOrEmpty(tool);
        if (!ToolCallStatus.Outcomes.Contains(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "a tool call ends completed, failed, denied or cancelled");
        }

        IReadOnlyList<string> seen = _counters.Providers();
        _counters.Add(seen.Count < MaxTools || seen.Contains(tool, StringComparer.Ordinal) ? tool : OtherTools, outcome);
    }

    public IEnumerable<MetricCounter> Collect() => _counters.Collect();
}

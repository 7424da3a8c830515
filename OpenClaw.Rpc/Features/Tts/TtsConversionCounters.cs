using OpenClaw.Rpc.Checks;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>Attempts per provider and outcome, for <c>runtime.metrics</c> (<c>tts.attempts{provider, outcome}</c>).</summary>
internal sealed class TtsConversionCounters(TtsProviderChain chain) : IMetricsSource
{
    public IEnumerable<MetricCounter> Collect() => chain.Counters.Attempts();
}

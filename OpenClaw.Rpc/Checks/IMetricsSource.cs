using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Checks;

/// <summary>A counter an area contributes to <c>runtime.metrics</c>, e.g. tts.conversions{provider, outcome}.</summary>
public sealed record MetricCounter(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("labels")] IReadOnlyDictionary<string, string> Labels,
    [property: JsonPropertyName("value")] long Value);

/// <summary>An area's counters for <c>runtime.metrics</c>.</summary>
internal interface IMetricsSource
{
    /// <summary>The counters as they are now.</summary>
    IEnumerable<MetricCounter> Collect();
}

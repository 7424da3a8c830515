using System.Text.Json.Serialization;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Metrics;

/// <summary><c>runtime.metrics</c> (edge): request counts and latency, in-flight, memory, and every area's counters.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface IRuntimeMetrics
{
    /// <summary>Sends <c>runtime.metrics</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("runtime.metrics", UseSingleObjectParameterDeserialization = true)]
    Task<MetricsResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Part of the <c>MetricsResult</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record MetricsResult(
    [property: JsonPropertyName("uptimeMs")] long UptimeMs,
    [property: JsonPropertyName("inFlight")] int InFlight,
    [property: JsonPropertyName("memory")] MetricsMemory Memory,
    [property: JsonPropertyName("requests")] IReadOnlyList<RequestCount> Requests,
    [property: JsonPropertyName("latency")] IReadOnlyList<LatencyHistogram> Latency,
    [property: JsonPropertyName("counters")] IReadOnlyList<MetricCounter> Counters);

/// <summary>Part of the <c>MetricsMemory</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record MetricsMemory(
    [property: JsonPropertyName("rssBytes")] long RssBytes,
    [property: JsonPropertyName("peakRssBytes")] long? PeakRssBytes,
    [property: JsonPropertyName("managedHeapBytes")] long ManagedHeapBytes);

/// <summary>Part of the <c>RequestCount</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record RequestCount(
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("count")] long Count);

/// <summary>Part of the <c>LatencyHistogram</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record LatencyHistogram(
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("count")] long Count,
    [property: JsonPropertyName("sumMs")] double SumMs,
    [property: JsonPropertyName("buckets")] IReadOnlyList<LatencyBucket> Buckets);

/// <summary>Requests that took at most <c>leMs</c> (and more than the previous bound); null: the unbounded last bucket.</summary>
public sealed record LatencyBucket(
    [property: JsonPropertyName("leMs"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? LeMs,
    [property: JsonPropertyName("count")] long Count);

using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Metrics;

/// <summary>Runtime metrics (edge track only).</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IMetricsMethods
{
    [JsonRpcMethod("runtime.metrics", UseSingleObjectParameterDeserialization = true)]
    Task<MetricsResult> MetricsAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Metrics;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(MetricsResult))]
internal sealed partial class MetricsJsonContext : JsonSerializerContext;

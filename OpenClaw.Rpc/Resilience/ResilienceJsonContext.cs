using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Resilience;

/// <summary>Source-generated JSON for what chains put on the wire: attempts, and the error data of a chain that found no answer.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ProviderAttempt))]
[JsonSerializable(typeof(ChainFailedData))]
internal sealed partial class ResilienceJsonContext : JsonSerializerContext;

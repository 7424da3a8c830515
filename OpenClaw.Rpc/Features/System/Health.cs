using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.System;

/// <summary><c>health</c>: cheap liveness figures, no I/O.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IHealth
{
    [JsonRpcMethod("health", UseSingleObjectParameterDeserialization = true)]
    Task<HealthResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

internal sealed record HealthResult(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("uptimeMs")] long UptimeMs,
    [property: JsonPropertyName("memory")] ProcessMemory Memory,
    [property: JsonPropertyName("requestsInFlight")] int RequestsInFlight);

internal sealed record ProcessMemory(
    [property: JsonPropertyName("rssBytes")] long RssBytes,
    [property: JsonPropertyName("managedHeapBytes")] long ManagedHeapBytes);

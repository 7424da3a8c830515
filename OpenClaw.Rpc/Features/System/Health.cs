using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.System;

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

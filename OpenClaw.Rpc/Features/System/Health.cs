using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.System;

/// <summary><c>health</c>: cheap liveness figures, no I/O.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface IHealth
{
    /// <summary>Sends <c>health</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("health", UseSingleObjectParameterDeserialization = true)]
    Task<HealthResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Part of the <c>HealthResult</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record HealthResult(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("uptimeMs")] long UptimeMs,
    [property: JsonPropertyName("memory")] ProcessMemory Memory,
    [property: JsonPropertyName("requestsInFlight")] int RequestsInFlight);

/// <summary>Part of the <c>ProcessMemory</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record ProcessMemory(
    [property: JsonPropertyName("rssBytes")] long RssBytes,
    [property: JsonPropertyName("managedHeapBytes")] long ManagedHeapBytes);

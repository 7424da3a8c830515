using System.Text.Json;
using System.Text.Json.Serialization;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.System;

/// <summary><c>initialize</c>: negotiate the protocol version; the answer says what this track serves. Optional for scripted use.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IInitialize
{
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    Task<InitializeResult> InvokeAsync(InitializeParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Params of <c>initialize</c>; all optional, and unknown members (LSP's rootUri, ...) are ignored.</summary>
internal sealed record InitializeParams
{
    [JsonPropertyName("processId")]
    public int? ProcessId { get; init; }

    [JsonPropertyName("clientInfo")]
    public ClientInfo? ClientInfo { get; init; }

    /// <summary>The one protocol version the client speaks.</summary>
    [JsonPropertyName("protocolVersion")]
    public string? ProtocolVersion { get; init; }

    /// <summary>Every protocol version the client speaks.</summary>
    [JsonPropertyName("protocolVersions")]
    public IReadOnlyList<string>? ProtocolVersions { get; init; }

    [JsonPropertyName("capabilities")]
    public JsonElement? Capabilities { get; init; }
}

internal sealed record ClientInfo(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("version")] string? Version);

internal sealed record InitializeResult(
    [property: JsonPropertyName("protocolVersion")] string ProtocolVersion,
    [property: JsonPropertyName("serverInfo")] ServerInfo ServerInfo,
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("capabilities")] ServerCapabilities Capabilities);

internal sealed record ServerInfo(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("version")] string Version);

internal sealed record ServerCapabilities(
    [property: JsonPropertyName("methods")] IReadOnlyCollection<string> Methods,
    [property: JsonPropertyName("framings")] IReadOnlyList<string> Framings,
    [property: JsonPropertyName("progress")] bool Progress,
    [property: JsonPropertyName("cancellation")] bool Cancellation,
    [property: JsonPropertyName("batches")] bool Batches,
    [property: JsonPropertyName("limits")] ServerLimits Limits);

internal sealed record ServerLimits(
    [property: JsonPropertyName("maxMessageBytes")] int MaxMessageBytes,
    [property: JsonPropertyName("maxInFlight")] int MaxInFlight);

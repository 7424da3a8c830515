using System.Text.Json;
using System.Text.Json.Serialization;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.System;

/// <summary><c>initialize</c>: negotiate the protocol version; the answer says what this track serves. Optional for scripted use.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface IInitialize
{
    /// <summary>Sends <c>initialize</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    Task<InitializeResult> InvokeAsync(InitializeParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Params of <c>initialize</c>; all optional, and unknown members (LSP's rootUri, ...) are ignored.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record InitializeParams
{
    /// <summary>The client's process id: the runtime exits within a second of that process's death.</summary>
    [JsonPropertyName("processId")]
    public int? ProcessId { get; init; }

    /// <summary>The client's name and version, for the log.</summary>
    [JsonPropertyName("clientInfo")]
    public ClientInfo? ClientInfo { get; init; }

    /// <summary>The one protocol version the client speaks.</summary>
    [JsonPropertyName("protocolVersion")]
    public string? ProtocolVersion { get; init; }

    /// <summary>Every protocol version the client speaks.</summary>
    [JsonPropertyName("protocolVersions")]
    public IReadOnlyList<string>? ProtocolVersions { get; init; }

    /// <summary>The client's capabilities: <c>approvals: true</c> says it answers <c>agent.requestApproval</c>; the rest is ignored.</summary>
    [JsonPropertyName("capabilities")]
    public JsonElement? Capabilities { get; init; }
}

/// <summary>Part of the <c>ClientInfo</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record ClientInfo(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("version")] string? Version);

/// <summary>Part of the <c>InitializeResult</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record InitializeResult(
    [property: JsonPropertyName("protocolVersion")] string ProtocolVersion,
    [property: JsonPropertyName("serverInfo")] ServerInfo ServerInfo,
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("capabilities")] ServerCapabilities Capabilities);

/// <summary>Part of the <c>ServerInfo</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record ServerInfo(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("version")] string Version);

/// <summary>Part of the <c>ServerCapabilities</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record ServerCapabilities(
    [property: JsonPropertyName("methods")] IReadOnlyCollection<string> Methods,
    [property: JsonPropertyName("framings")] IReadOnlyList<string> Framings,
    [property: JsonPropertyName("progress")] bool Progress,
    [property: JsonPropertyName("cancellation")] bool Cancellation,
    [property: JsonPropertyName("batches")] bool Batches,
    [property: JsonPropertyName("limits")] ServerLimits Limits);

/// <summary>Part of the <c>ServerLimits</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record ServerLimits(
    [property: JsonPropertyName("maxMessageBytes")] int MaxMessageBytes,
    [property: JsonPropertyName("maxInFlight")] int MaxInFlight);

using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.System;

/// <summary><c>status</c>: where the runtime reads its config and keeps its state, and what it runs on.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface IStatus
{
    /// <summary>Sends <c>status</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("status", UseSingleObjectParameterDeserialization = true)]
    Task<StatusResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Part of the <c>StatusResult</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record StatusResult(
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("protocolVersion")] string ProtocolVersion,
    [property: JsonPropertyName("configPath")] string ConfigPath,
    [property: JsonPropertyName("configLoaded")] bool ConfigLoaded,
    [property: JsonPropertyName("stateDir")] string StateDir,
    [property: JsonPropertyName("runtime")] RuntimeVersions Runtime);

/// <summary>Part of the <c>RuntimeVersions</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record RuntimeVersions(
    [property: JsonPropertyName("dotnet")] string Dotnet,
    [property: JsonPropertyName("os")] string Os,
    [property: JsonPropertyName("architecture")] string Architecture,
    [property: JsonPropertyName("nativeAot")] bool NativeAot);

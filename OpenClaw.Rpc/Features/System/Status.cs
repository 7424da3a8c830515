using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.System;

/// <summary><c>status</c>: where the runtime reads its config and keeps its state, and what it runs on.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IStatus
{
    [JsonRpcMethod("status", UseSingleObjectParameterDeserialization = true)]
    Task<StatusResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

internal sealed record StatusResult(
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("protocolVersion")] string ProtocolVersion,
    [property: JsonPropertyName("configPath")] string ConfigPath,
    [property: JsonPropertyName("configLoaded")] bool ConfigLoaded,
    [property: JsonPropertyName("stateDir")] string StateDir,
    [property: JsonPropertyName("runtime")] RuntimeVersions Runtime);

internal sealed record RuntimeVersions(
    [property: JsonPropertyName("dotnet")] string Dotnet,
    [property: JsonPropertyName("os")] string Os,
    [property: JsonPropertyName("architecture")] string Architecture,
    [property: JsonPropertyName("nativeAot")] bool NativeAot);

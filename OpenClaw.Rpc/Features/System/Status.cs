using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.System;

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

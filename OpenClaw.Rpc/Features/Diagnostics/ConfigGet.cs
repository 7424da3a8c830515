using System.Text.Json.Serialization;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Diagnostics;

/// <summary><c>config.get</c>: every effective setting with its source, secrets redacted.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IConfigGet
{
    [JsonRpcMethod("config.get", UseSingleObjectParameterDeserialization = true)]
    Task<ConfigGetResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

internal sealed record ConfigGetResult(
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("configPath")] string ConfigPath,
    [property: JsonPropertyName("configLoaded")] bool ConfigLoaded,
    [property: JsonPropertyName("settings")] IReadOnlyList<EffectiveSetting> Settings);

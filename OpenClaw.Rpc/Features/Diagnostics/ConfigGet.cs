using System.Text.Json.Serialization;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Diagnostics;

/// <summary><c>config.get</c>: every effective setting with its source, secrets redacted.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface IConfigGet
{
    /// <summary>Sends <c>config.get</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("config.get", UseSingleObjectParameterDeserialization = true)]
    Task<ConfigGetResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Part of the <c>ConfigGetResult</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record ConfigGetResult(
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("configPath")] string ConfigPath,
    [property: JsonPropertyName("configLoaded")] bool ConfigLoaded,
    [property: JsonPropertyName("settings")] IReadOnlyList<EffectiveSetting> Settings);

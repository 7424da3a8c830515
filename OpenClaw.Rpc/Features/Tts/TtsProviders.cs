using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary><c>tts.providers</c>: every provider, whether it is configured and usable, never a key.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface ITtsProviders
{
    /// <summary>Sends <c>tts.providers</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("tts.providers", UseSingleObjectParameterDeserialization = true)]
    Task<TtsProvidersResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Part of the <c>TtsProvidersResult</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record TtsProvidersResult(
    [property: JsonPropertyName("providers")] IReadOnlyList<TtsProviderInfo> Providers,
    [property: JsonPropertyName("active")] string? Active);

/// <summary>Part of the <c>TtsProviderInfo</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record TtsProviderInfo(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("configured")] bool Configured,
    [property: JsonPropertyName("available")] bool Available,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("keyPresent")] bool? KeyPresent,
    [property: JsonPropertyName("formats")] IReadOnlyList<string> Formats);

using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary><c>tts.providers</c>: every provider, whether it is configured and usable, never a key.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ITtsProviders
{
    [JsonRpcMethod("tts.providers", UseSingleObjectParameterDeserialization = true)]
    Task<TtsProvidersResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

internal sealed record TtsProvidersResult(
    [property: JsonPropertyName("providers")] IReadOnlyList<TtsProviderInfo> Providers,
    [property: JsonPropertyName("active")] string? Active);

internal sealed record TtsProviderInfo(
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

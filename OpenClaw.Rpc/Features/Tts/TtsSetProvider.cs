using System.Text.Json.Serialization;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary><c>tts.setProvider</c>: select the provider tried first (persisted).</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ITtsSetProvider
{
    [JsonRpcMethod("tts.setProvider", UseSingleObjectParameterDeserialization = true)]
    Task<TtsProviderResult> InvokeAsync(TtsSetProviderParams? parameters = null, CancellationToken cancellationToken = default);
}

internal sealed record TtsSetProviderParams([property: JsonPropertyName("provider")] string? Provider = null);

internal sealed record TtsProviderResult([property: JsonPropertyName("provider")] string Provider);

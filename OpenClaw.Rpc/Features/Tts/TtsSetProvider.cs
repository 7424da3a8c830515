using System.Text.Json.Serialization;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary><c>tts.setProvider</c>: select the provider tried first (persisted).</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface ITtsSetProvider
{
    /// <summary>Sends <c>tts.setProvider</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("tts.setProvider", UseSingleObjectParameterDeserialization = true)]
    Task<TtsProviderResult> InvokeAsync(TtsSetProviderParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Part of the <c>TtsSetProviderParams</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record TtsSetProviderParams([property: JsonPropertyName("provider")] string? Provider = null);

/// <summary>Part of the <c>TtsProviderResult</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record TtsProviderResult([property: JsonPropertyName("provider")] string Provider);

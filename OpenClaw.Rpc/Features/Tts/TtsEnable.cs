using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary><c>tts.enable</c>: turn text-to-speech on (persisted).</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface ITtsEnable
{
    /// <summary>Sends <c>tts.enable</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("tts.enable", UseSingleObjectParameterDeserialization = true)]
    Task<TtsEnabledResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Part of the <c>TtsEnabledResult</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record TtsEnabledResult([property: JsonPropertyName("enabled")] bool Enabled);

using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary><c>tts.disable</c>: turn text-to-speech off (persisted); tts.convert then answers -32011.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface ITtsDisable
{
    /// <summary>Sends <c>tts.disable</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("tts.disable", UseSingleObjectParameterDeserialization = true)]
    Task<TtsEnabledResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

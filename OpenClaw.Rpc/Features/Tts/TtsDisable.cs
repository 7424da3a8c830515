using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary><c>tts.disable</c>: turn text-to-speech off (persisted); tts.convert then answers -32011.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ITtsDisable
{
    [JsonRpcMethod("tts.disable", UseSingleObjectParameterDeserialization = true)]
    Task<TtsEnabledResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

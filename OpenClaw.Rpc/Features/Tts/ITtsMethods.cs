using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>The text-to-speech methods (both tracks).</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ITtsMethods
{
    [JsonRpcMethod("tts.status", UseSingleObjectParameterDeserialization = true)]
    Task<TtsStatusResult> StatusAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("tts.providers", UseSingleObjectParameterDeserialization = true)]
    Task<TtsProvidersResult> ProvidersAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("tts.enable", UseSingleObjectParameterDeserialization = true)]
    Task<TtsEnabledResult> EnableAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("tts.disable", UseSingleObjectParameterDeserialization = true)]
    Task<TtsEnabledResult> DisableAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("tts.setProvider", UseSingleObjectParameterDeserialization = true)]
    Task<TtsProviderResult> SetProviderAsync(TtsSetProviderParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("tts.convert", UseSingleObjectParameterDeserialization = true)]
    Task<TtsConvertResult> ConvertAsync(TtsConvertParams? parameters = null, CancellationToken cancellationToken = default);
}

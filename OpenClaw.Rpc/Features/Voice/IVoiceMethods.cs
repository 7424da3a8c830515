using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>Offline transcription (edge track only).</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IVoiceMethods
{
    [JsonRpcMethod("voice.status", UseSingleObjectParameterDeserialization = true)]
    Task<VoiceStatusResult> StatusAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("voice.transcribe", UseSingleObjectParameterDeserialization = true)]
    Task<VoiceTranscribeResult> TranscribeAsync(VoiceTranscribeParams? parameters = null, CancellationToken cancellationToken = default);
}

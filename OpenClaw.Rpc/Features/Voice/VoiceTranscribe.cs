using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;
using OpenClaw.Rpc.Resilience;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary><c>voice.transcribe</c>: the text of a WAV file or base64 audio, offline.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface IVoiceTranscribe
{
    /// <summary>Sends <c>voice.transcribe</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("voice.transcribe", UseSingleObjectParameterDeserialization = true)]
    Task<VoiceTranscribeResult> InvokeAsync(VoiceTranscribeParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Part of the <c>VoiceTranscribeParams</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record VoiceTranscribeParams(
    [property: JsonPropertyName("audioPath")] string? AudioPath = null,
    [property: JsonPropertyName("audioBase64")] string? AudioBase64 = null,
    [property: JsonPropertyName("language")] string? Language = null,
    [property: JsonPropertyName("provider")] string? Provider = null);

/// <summary>Part of the <c>VoiceTranscribeResult</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record VoiceTranscribeResult(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("durationMs")] long DurationMs,
    [property: JsonPropertyName("attempts")] IReadOnlyList<ProviderAttempt> Attempts);

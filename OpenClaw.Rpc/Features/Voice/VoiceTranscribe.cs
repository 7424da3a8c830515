using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;
using OpenClaw.Rpc.Resilience;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary><c>voice.transcribe</c>: the text of a WAV file or base64 audio, offline.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IVoiceTranscribe
{
    [JsonRpcMethod("voice.transcribe", UseSingleObjectParameterDeserialization = true)]
    Task<VoiceTranscribeResult> InvokeAsync(VoiceTranscribeParams? parameters = null, CancellationToken cancellationToken = default);
}

internal sealed record VoiceTranscribeParams(
    [property: JsonPropertyName("audioPath")] string? AudioPath = null,
    [property: JsonPropertyName("audioBase64")] string? AudioBase64 = null,
    [property: JsonPropertyName("language")] string? Language = null,
    [property: JsonPropertyName("provider")] string? Provider = null);

internal sealed record VoiceTranscribeResult(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("durationMs")] long DurationMs,
    [property: JsonPropertyName("attempts")] IReadOnlyList<ProviderAttempt> Attempts);

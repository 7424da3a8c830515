using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary><c>voice.status</c>: which transcription engines exist and can run, without running them.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IVoiceStatus
{
    [JsonRpcMethod("voice.status", UseSingleObjectParameterDeserialization = true)]
    Task<VoiceStatusResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

internal sealed record VoiceStatusResult(
    [property: JsonPropertyName("engines")] IReadOnlyList<TranscriptionEngineStatus> Engines,
    [property: JsonPropertyName("chain")] IReadOnlyList<string> Chain,
    [property: JsonPropertyName("limits")] VoiceLimits Limits,
    [property: JsonPropertyName("allowedRoots")] IReadOnlyList<string> AllowedRoots);

internal sealed record TranscriptionEngineStatus(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("configured")] bool Configured,
    [property: JsonPropertyName("available")] bool Available,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("languages")] IReadOnlyList<string> Languages,
    [property: JsonPropertyName("reason")] string? Reason);

internal sealed record VoiceLimits(
    [property: JsonPropertyName("maxAudioBytes")] int MaxAudioBytes,
    [property: JsonPropertyName("timeoutMs")] int TimeoutMs);

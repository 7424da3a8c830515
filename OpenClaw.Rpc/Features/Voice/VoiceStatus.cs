using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary><c>voice.status</c>: which transcription engines exist and can run, without running them.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface IVoiceStatus
{
    /// <summary>Sends <c>voice.status</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("voice.status", UseSingleObjectParameterDeserialization = true)]
    Task<VoiceStatusResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Part of the <c>VoiceStatusResult</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record VoiceStatusResult(
    [property: JsonPropertyName("engines")] IReadOnlyList<TranscriptionEngineStatus> Engines,
    [property: JsonPropertyName("chain")] IReadOnlyList<string> Chain,
    [property: JsonPropertyName("limits")] VoiceLimits Limits,
    [property: JsonPropertyName("allowedRoots")] IReadOnlyList<string> AllowedRoots);

/// <summary>Part of the <c>TranscriptionEngineStatus</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record TranscriptionEngineStatus(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("configured")] bool Configured,
    [property: JsonPropertyName("available")] bool Available,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("languages")] IReadOnlyList<string> Languages,
    [property: JsonPropertyName("reason")] string? Reason);

/// <summary>Part of the <c>VoiceLimits</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record VoiceLimits(
    [property: JsonPropertyName("maxAudioBytes")] int MaxAudioBytes,
    [property: JsonPropertyName("timeoutMs")] int TimeoutMs);

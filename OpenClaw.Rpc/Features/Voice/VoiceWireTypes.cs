using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Voice;

internal sealed record VoiceTranscribeParams(
    [property: JsonPropertyName("audioPath")] string? AudioPath,
    [property: JsonPropertyName("audioBase64")] string? AudioBase64,
    [property: JsonPropertyName("language")] string? Language,
    [property: JsonPropertyName("provider")] string? Provider);

internal sealed record VoiceTranscribeResult(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("durationMs")] long DurationMs,
    [property: JsonPropertyName("attempts")] IReadOnlyList<ProviderAttempt> Attempts);

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

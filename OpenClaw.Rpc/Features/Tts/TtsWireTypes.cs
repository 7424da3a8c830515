using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Tts;

internal sealed record TtsStatusResult(
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("provider")] string? Provider,
    [property: JsonPropertyName("chain")] IReadOnlyList<string> Chain,
    [property: JsonPropertyName("fallbacks")] IReadOnlyList<string> Fallbacks,
    [property: JsonPropertyName("formats")] IReadOnlyList<string> Formats,
    [property: JsonPropertyName("limits")] TtsLimits Limits,
    [property: JsonPropertyName("prefsPath")] string PrefsPath,
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("offlineVoice")] OfflineVoiceStatus OfflineVoice);

internal sealed record TtsLimits(
    [property: JsonPropertyName("maxTextLength")] int MaxTextLength,
    [property: JsonPropertyName("timeoutMs")] int TimeoutMs);

internal sealed record OfflineVoiceStatus(
    [property: JsonPropertyName("policy")] string Policy,
    [property: JsonPropertyName("providers")] IReadOnlyList<OfflineProviderStatus> Providers);

internal sealed record OfflineProviderStatus(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("configured")] bool Configured,
    [property: JsonPropertyName("found")] bool Found,
    [property: JsonPropertyName("executable")] bool Executable,
    [property: JsonPropertyName("available")] bool Available,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("reason")] string? Reason);

internal sealed record TtsProvidersResult(
    [property: JsonPropertyName("providers")] IReadOnlyList<TtsProviderInfo> Providers,
    [property: JsonPropertyName("active")] string? Active);

internal sealed record TtsProviderInfo(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("configured")] bool Configured,
    [property: JsonPropertyName("available")] bool Available,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("keyPresent")] bool? KeyPresent,
    [property: JsonPropertyName("formats")] IReadOnlyList<string> Formats);

internal sealed record TtsEnabledResult([property: JsonPropertyName("enabled")] bool Enabled);

internal sealed record TtsSetProviderParams([property: JsonPropertyName("provider")] string? Provider);

internal sealed record TtsProviderResult([property: JsonPropertyName("provider")] string Provider);

internal sealed record TtsConvertParams(
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("provider")] string? Provider,
    [property: JsonPropertyName("voice")] string? Voice,
    [property: JsonPropertyName("format")] string? Format,
    [property: JsonPropertyName("output")] string? Output);

internal sealed record TtsConvertResult(
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("sampleRate")] int? SampleRate,
    [property: JsonPropertyName("channels")] int? Channels,
    [property: JsonPropertyName("durationMs")] long? DurationMs,
    [property: JsonPropertyName("bytes")] int Bytes,
    [property: JsonPropertyName("audioBase64")] string? AudioBase64,
    [property: JsonPropertyName("audioPath")] string? AudioPath,
    [property: JsonPropertyName("attempts")] IReadOnlyList<ProviderAttempt> Attempts);

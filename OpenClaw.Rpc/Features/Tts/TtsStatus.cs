using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary><c>tts.status</c>: enabled, the chain, limits and offline voice, without starting anything heavy.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface ITtsStatus
{
    /// <summary>Sends <c>tts.status</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("tts.status", UseSingleObjectParameterDeserialization = true)]
    Task<TtsStatusResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Part of the <c>TtsStatusResult</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record TtsStatusResult(
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("provider")] string? Provider,
    [property: JsonPropertyName("chain")] IReadOnlyList<string> Chain,
    [property: JsonPropertyName("fallbacks")] IReadOnlyList<string> Fallbacks,
    [property: JsonPropertyName("formats")] IReadOnlyList<string> Formats,
    [property: JsonPropertyName("limits")] TtsLimits Limits,
    [property: JsonPropertyName("prefsPath")] string PrefsPath,
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("offlineVoice")] OfflineVoiceStatus OfflineVoice);

/// <summary>Part of the <c>TtsLimits</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record TtsLimits(
    [property: JsonPropertyName("maxTextLength")] int MaxTextLength,
    [property: JsonPropertyName("timeoutMs")] int TimeoutMs);

/// <summary>Part of the <c>OfflineVoiceStatus</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record OfflineVoiceStatus(
    [property: JsonPropertyName("policy")] string Policy,
    [property: JsonPropertyName("providers")] IReadOnlyList<OfflineProviderStatus> Providers);

/// <summary>Part of the <c>OfflineProviderStatus</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record OfflineProviderStatus(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("configured")] bool Configured,
    [property: JsonPropertyName("found")] bool Found,
    [property: JsonPropertyName("executable")] bool Executable,
    [property: JsonPropertyName("available")] bool Available,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("reason")] string? Reason);

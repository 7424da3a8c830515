using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;
using OpenClaw.Rpc.Resilience;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary><c>tts.convert</c>: text to real audio through the provider chain, inline or as a file.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface ITtsConvert
{
    /// <summary>Sends <c>tts.convert</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("tts.convert", UseSingleObjectParameterDeserialization = true)]
    Task<TtsConvertResult> InvokeAsync(TtsConvertParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Part of the <c>TtsConvertParams</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record TtsConvertParams(
    [property: JsonPropertyName("text")] string? Text = null,
    [property: JsonPropertyName("provider")] string? Provider = null,
    [property: JsonPropertyName("voice")] string? Voice = null,
    [property: JsonPropertyName("format")] string? Format = null,
    [property: JsonPropertyName("output")] string? Output = null);

/// <summary>Part of the <c>TtsConvertResult</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record TtsConvertResult(
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("sampleRate")] int? SampleRate,
    [property: JsonPropertyName("channels")] int? Channels,
    [property: JsonPropertyName("durationMs")] long? DurationMs,
    [property: JsonPropertyName("bytes")] int Bytes,
    [property: JsonPropertyName("audioBase64")] string? AudioBase64,
    [property: JsonPropertyName("audioPath")] string? AudioPath,
    [property: JsonPropertyName("attempts")] IReadOnlyList<ProviderAttempt> Attempts);

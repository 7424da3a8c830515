using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary><c>tts.enable</c>: turn text-to-speech on (persisted).</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ITtsEnable
{
    [JsonRpcMethod("tts.enable", UseSingleObjectParameterDeserialization = true)]
    Task<TtsEnabledResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

internal sealed record TtsEnabledResult([property: JsonPropertyName("enabled")] bool Enabled);

using System.Text.Json;
using System.Text.Json.Serialization;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>ACP <c>session/prompt</c>: one user turn, answered as streamed <c>agent_message_chunk</c> updates and a stop reason.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ISessionPrompt
{
    [JsonRpcMethod("session/prompt", UseSingleObjectParameterDeserialization = true)]
    Task<SessionPromptResult> InvokeAsync(SessionPromptParams? parameters = null, CancellationToken cancellationToken = default);
}

[TypeShape(Kind = TypeShapeKind.None)]
internal sealed record SessionPromptParams(
    [property: JsonPropertyName("sessionId")] string? SessionId = null,
    [property: JsonPropertyName("prompt")] IReadOnlyList<JsonElement>? Prompt = null);

[TypeShape(Kind = TypeShapeKind.None)]
internal sealed record SessionPromptResult([property: JsonPropertyName("stopReason")] string StopReason);

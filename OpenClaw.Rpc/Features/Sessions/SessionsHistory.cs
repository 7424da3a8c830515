using System.Text.Json;
using System.Text.Json.Serialization;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary><c>sessions.history</c>: the last messages of one session, oldest first.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface ISessionsHistory
{
    /// <summary>Sends <c>sessions.history</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("sessions.history", UseSingleObjectParameterDeserialization = true)]
    Task<SessionsHistoryResult> InvokeAsync(SessionsHistoryParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Params of <c>sessions.history</c>.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record SessionsHistoryParams(
    [property: JsonPropertyName("sessionKey")] string? SessionKey = null,
    [property: JsonPropertyName("limit")] int? Limit = null);

/// <summary>The answer to <c>sessions.history</c>; <c>sessionId</c> is null for an unknown key.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record SessionsHistoryResult(
    [property: JsonPropertyName("sessionKey")] string SessionKey,
    [property: JsonPropertyName("sessionId"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? SessionId,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("messages")] IReadOnlyList<HistoryMessage> Messages);

/// <summary>
/// One message in <c>sessions.history</c>: <c>user</c>, <c>assistant</c> (with <c>toolCalls</c> when it asked for tools) or
/// <c>tool</c>, the result of one call (<c>toolCallId</c>, <c>tool</c>, <c>outcome</c>; <c>text</c> is what the model was given).
/// </summary>
public sealed record HistoryMessage(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("ts")] string Ts,
    [property: JsonPropertyName("provider")] string? Provider,
    [property: JsonPropertyName("model")] string? Model,
    [property: JsonPropertyName("usage")] TurnUsage? Usage,
    [property: JsonPropertyName("toolCalls")] IReadOnlyList<HistoryToolCall>? ToolCalls = null,
    [property: JsonPropertyName("toolCallId")] string? ToolCallId = null,
    [property: JsonPropertyName("tool")] string? Tool = null,
    [property: JsonPropertyName("outcome")] string? Outcome = null)
{
    internal static HistoryMessage From(TranscriptMessage message) =>
        new(message.Role, message.Text, SessionTime.Format(message.Timestamp), message.Provider, message.Model, message.Usage,
            message.HasToolCalls ? [.. message.ToolCalls!.Select(c => new HistoryToolCall(c.Id, c.Tool, c.Arguments))] : null,
            message.ToolCallId, message.ToolName, message.Outcome);
}

/// <summary>One tool call of an assistant message in <c>sessions.history</c>: the model's call id, the namespaced tool and its arguments.</summary>
public sealed record HistoryToolCall(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("tool")] string Tool,
    [property: JsonPropertyName("arguments")] JsonElement Arguments);

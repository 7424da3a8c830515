using System.Text.Json;
using System.Text.Json.Serialization;
using OpenClaw.Rpc.Features.Agent.SelfHealing;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary><c>agent.run</c>: one message through the provider chain, with the session's history, answered with the self-healing report.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface IAgentRun
{
    /// <summary>Sends <c>agent.run</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("agent.run", UseSingleObjectParameterDeserialization = true)]
    Task<AgentRunResult> InvokeAsync(AgentRunParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>Part of the <c>AgentRunParams</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record AgentRunParams(
    [property: JsonPropertyName("message")] string? Message = null,
    [property: JsonPropertyName("sessionKey")] string? SessionKey = null,
    [property: JsonPropertyName("provider")] string? Provider = null,
    [property: JsonPropertyName("model")] string? Model = null,
    [property: JsonPropertyName("system")] string? System = null,
    [property: JsonPropertyName("timeoutMs")] int? TimeoutMs = null,
    [property: JsonPropertyName("progressToken")] JsonElement? ProgressToken = null);

/// <summary>Part of the <c>AgentRunResult</c> wire shape in protocol/openclaw.openrpc.json.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record AgentRunResult(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("sessionKey")] string? SessionKey,
    [property: JsonPropertyName("sessionId")] string? SessionId,
    [property: JsonPropertyName("finishReason")] string? FinishReason,
    [property: JsonPropertyName("usage")] AgentUsage? Usage,
    [property: JsonPropertyName("timings")] AgentTimings Timings,
    [property: JsonPropertyName("runtime")] RunTelemetry Runtime,
    [property: JsonPropertyName("toolCalls")] IReadOnlyList<AgentToolCall> ToolCalls);

/// <summary>Part of the <c>AgentToolCall</c> wire shape in protocol/openclaw.openrpc.json: one tool call of the run and how it ended.</summary>
public sealed record AgentToolCall(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("tool")] string Tool,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("durationMs")] long DurationMs);

/// <summary>Part of the <c>AgentUsage</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record AgentUsage(
    [property: JsonPropertyName("inputTokens")] long? InputTokens,
    [property: JsonPropertyName("outputTokens")] long? OutputTokens,
    [property: JsonPropertyName("totalTokens")] long? TotalTokens);

/// <summary>Part of the <c>AgentTimings</c> wire shape in protocol/openclaw.openrpc.json.</summary>
public sealed record AgentTimings(
    [property: JsonPropertyName("totalMs")] long TotalMs,
    [property: JsonPropertyName("firstDeltaMs")] long? FirstDeltaMs,
    [property: JsonPropertyName("historyMessages")] int HistoryMessages);

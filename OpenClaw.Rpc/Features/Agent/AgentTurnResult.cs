using OpenClaw.Rpc.Features.Agent.SelfHealing;
using OpenClaw.Rpc.Features.Agent.Tools;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>What a turn produced: the answer, its tool calls, the session it was appended to, and how long it took.</summary>
internal sealed record AgentTurnResult(AgentAnswer Answer, IReadOnlyList<ToolCallResult> ToolCalls, string? SessionId, int HistoryMessages, long TotalMs);

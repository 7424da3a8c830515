using OpenClaw.Rpc.Features.Agent.SelfHealing;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>What a turn produced: the answer, the session it was appended to, and how long it took.</summary>
internal sealed record AgentTurnResult(AgentAnswer Answer, string? SessionId, int HistoryMessages, long TotalMs);

using Microsoft.Extensions.AI;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>The answer of a run: text, who gave it, usage, and the self-healing report.</summary>
internal sealed record AgentAnswer(
    string Text,
    ChainCandidate AnsweredBy,
    UsageDetails? Usage,
    string? FinishReason,
    long? FirstDeltaMs,
    SelfHealingReport SelfHealing);

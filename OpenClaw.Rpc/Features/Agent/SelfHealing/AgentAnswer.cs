using Microsoft.Extensions.AI;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>The answer of a run: text, who gave it, usage, the self-healing report, and the tools the model asked to call.</summary>
internal sealed record AgentAnswer(
    string Text,
    ChainCandidate AnsweredBy,
    UsageDetails? Usage,
    string? FinishReason,
    long? FirstDeltaMs,
    SelfHealingReport SelfHealing)
{
    /// <summary>The calls the model asked for in this answer (to run and answer before asking it again); empty when none.</summary>
    public IReadOnlyList<FunctionCallContent> ToolCalls { get; init; } = [];
}

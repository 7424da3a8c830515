using Microsoft.Extensions.AI;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>What one provider answered: its text, usage and finish reason, and the tools it asked to call (in order).</summary>
internal sealed record ChatAnswer(string Text, UsageDetails? Usage, string? FinishReason)
{
    /// <summary>The calls the model asked for in this answer; empty when it asked for none.</summary>
    public IReadOnlyList<FunctionCallContent> ToolCalls { get; init; } = [];
}

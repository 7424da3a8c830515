using Microsoft.Extensions.AI;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>What one provider answered: its text, usage and finish reason.</summary>
internal sealed record ChatAnswer(string Text, UsageDetails? Usage, string? FinishReason);

using OpenClaw.Rpc.Features.Agent.SelfHealing;
using OpenClaw.Rpc.Features.Sessions;

namespace OpenClaw.Rpc.Features.Agent.Tools;

/// <summary>
/// What a turn's model calls and tool calls produced: the final answer (usage and self-healing attempts summed over
/// every model call), the messages to store after the user's, and every tool call in order.
/// </summary>
internal sealed record ToolLoopResult(AgentAnswer Answer, IReadOnlyList<TranscriptMessage> Messages, IReadOnlyList<ToolCallResult> ToolCalls);

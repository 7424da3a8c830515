using OpenClaw.Rpc.Features.Tools;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Refuses, before anything is written, a turn that a reader could not feed back to a provider whole.</summary>
internal static class TranscriptTurnCheck
{
    public static void Require(IReadOnlyList<TranscriptMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Any(m => m is null))
        {
            throw new ArgumentException("a turn holds no null message", nameof(messages));
        }

        foreach (TranscriptMessage message in messages)
        {
            if (message.ToolCalls?.Any(call => call is null || !call.IsWellFormed) == true)
            {
                throw new ArgumentException("every tool call of a turn needs an id, a tool name and its arguments", nameof(messages));
            }

            if (message.Role == TranscriptMessage.Tool
                && (string.IsNullOrEmpty(message.ToolName) || message.Outcome is null || !ToolCallStatus.Outcomes.Contains(message.Outcome)))
            {
                throw new ArgumentException(
                    $"the result of tool call {message.ToolCallId} needs its tool name and an outcome of {string.Join(", ", ToolCallStatus.Outcomes)}",
                    nameof(messages));
            }
        }

        if (TranscriptTurn.Measure(messages, 0, out int length) != TranscriptTurnShape.Whole || length != messages.Count)
        {
            throw new ArgumentException("a turn is a user message, then assistant messages whose tool calls are each followed by one result, "
                + "ending with an assistant message without tool calls", nameof(messages));
        }
    }
}

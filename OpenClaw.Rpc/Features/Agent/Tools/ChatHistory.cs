using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Features.Agent.Providers;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Features.Tools;

namespace OpenClaw.Rpc.Features.Agent.Tools;

/// <summary>
/// Turns stored messages into the chat a provider is sent. With tools on, earlier tool calls and their results go
/// back as calls and results; with no tools offered they are left out (only the text remains), because a provider
/// refuses tool calls in a request that offers no tools.
/// </summary>
internal static class ChatHistory
{
    public static IEnumerable<ChatMessage> From(IReadOnlyList<TranscriptMessage> history, bool withTools)
    {
        foreach (TranscriptMessage message in history)
        {
            if (message.Role == TranscriptMessage.Tool)
            {
                if (withTools)
                {
                    yield return new ChatMessage(ChatRole.Tool, [ToolResult(message.ToolCallId ?? string.Empty, message.Text, message.Outcome)]);
                }

                continue;
            }

            if (message.Role != TranscriptMessage.Assistant)
            {
                yield return new ChatMessage(ChatRole.User, message.Text);
                continue;
            }

            List<AIContent> contents = message.Text.Length > 0 ? [new TextContent(message.Text)] : [];
            if (withTools)
            {
                contents.AddRange((message.ToolCalls ?? []).Select(c => ToolArguments.Call(c.Id, c.Tool, c.Arguments)));
            }

            if (contents.Count > 0)
            {
                yield return new ChatMessage(ChatRole.Assistant, contents);
            }
        }
    }

    /// <summary>A result for the provider; anything but a completed call is flagged as an error result.</summary>
    public static FunctionResultContent ToolResult(string callId, string text, string? outcome) =>
        outcome is null or ToolCallStatus.Completed ? ToolResults.Completed(callId, text) : ToolResults.Failed(callId, text);
}

using Microsoft.Extensions.AI;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>
/// The chat completions body for a conversation: plain messages as <c>{role, content}</c>, an assistant's tool calls
/// as <c>tool_calls</c> with the arguments as a JSON string, each tool result as its own <c>{role: "tool",
/// tool_call_id, content}</c> message, and the offered tools as functions.
/// </summary>
internal static class OpenAiRequestBody
{
    public static OpenAiChatRequest Create(string model, IEnumerable<ChatMessage> messages, ChatOptions? options, bool stream, int? maxTokens) =>
        new(model, [.. messages.SelectMany(Messages)], stream, maxTokens, Tools(options));

    private static IEnumerable<OpenAiWireMessage> Messages(ChatMessage message)
    {
        if (message.Role == ChatRole.Tool)
        {
            return message.Contents.OfType<FunctionResultContent>()
                .Select(r => new OpenAiWireMessage("tool", ToolResults.Text(r), ToolCallId: r.CallId));
        }

        List<FunctionCallContent> calls = [.. message.Contents.OfType<FunctionCallContent>()];
        if (calls.Count == 0)
        {
            return [new OpenAiWireMessage(message.Role.Value, message.Text)];
        }

        return [new OpenAiWireMessage(message.Role.Value, message.Text is { Length: > 0 } text ? text : null,
            [.. calls.Select(c => new OpenAiWireToolCall(c.CallId, "function", new OpenAiWireFunctionCall(c.Name, ToolArguments.Write(c.Arguments))))])];
    }

    private static IReadOnlyList<OpenAiWireTool>? Tools(ChatOptions? options) =>
        OfferedTools.From(options) is { } tools
            ? [.. tools.Select(t => new OpenAiWireTool("function", new OpenAiWireFunction(t.Name, OfferedTools.Description(t), OfferedTools.Schema(t))))]
            : null;
}

using Microsoft.Extensions.AI;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>
/// The Messages body for a conversation: system messages joined into <c>system</c>, plain messages as
/// <c>{role, content: "text"}</c>, an assistant's tool calls as <c>text</c> and <c>tool_use</c> blocks, and tool results
/// as <c>tool_result</c> blocks of one user message per run of consecutive tool messages (the API alternates roles).
/// </summary>
internal static class AnthropicRequestBody
{
    public static AnthropicMessagesRequest Create(string model, IEnumerable<ChatMessage> messages, ChatOptions? options, bool stream, int maxTokens)
    {
        List<ChatMessage> all = [.. messages];
        string? system = all.Where(m => m.Role == ChatRole.System).Select(m => m.Text).Aggregate((string?)null, (a, b) => a is null ? b : $"{a}\n\n{b}");
        var wire = new List<AnthropicWireMessage>();
        List<AnthropicContentBlock>? results = null;
        foreach (ChatMessage message in all.Where(m => m.Role != ChatRole.System))
        {
            if (message.Role == ChatRole.Tool)
            {
                if (results is null)
                {
                    results = [];
                    wire.Add(new AnthropicWireMessage("user", AnthropicWireContent.Of(results)));
                }

                results.AddRange(message.Contents.OfType<FunctionResultContent>().Select(Result));
                continue;
            }

            results = null;
            wire.Add(Message(message));
        }

        return new AnthropicMessagesRequest(model, maxTokens, system, wire, stream, Tools(options));
    }

    private static AnthropicWireMessage Message(ChatMessage message)
    {
        List<FunctionCallContent> calls = [.. message.Contents.OfType<FunctionCallContent>()];
        if (calls.Count == 0)
        {
            return new AnthropicWireMessage(message.Role.Value, AnthropicWireContent.Of(message.Text));
        }

        // The API refuses an empty text block, so a turn that only called tools has tool_use blocks alone.
        List<AnthropicContentBlock> blocks = message.Text is { Length: > 0 } text ? [new AnthropicContentBlock("text", Text: text)] : [];
        blocks.AddRange(calls.Select(c => new AnthropicContentBlock("tool_use", Id: c.CallId, Name: c.Name, Input: ToolArguments.Element(c.Arguments))));
        return new AnthropicWireMessage(message.Role.Value, AnthropicWireContent.Of(blocks));
    }

    private static AnthropicContentBlock Result(FunctionResultContent result) =>
        new("tool_result", ToolUseId: result.CallId, Content: ToolResults.Text(result), IsError: ToolResults.IsError(result) ? true : null);

    private static IReadOnlyList<AnthropicWireTool>? Tools(ChatOptions? options) =>
        OfferedTools.From(options) is { } tools
            ? [.. tools.Select(t => new AnthropicWireTool(t.Name, OfferedTools.Description(t), OfferedTools.Schema(t)))]
            : null;
}

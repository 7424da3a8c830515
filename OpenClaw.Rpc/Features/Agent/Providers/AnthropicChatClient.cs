using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>
/// Anthropic Messages (<c>POST {baseUrl}/v1/messages</c>), plain and streamed. System messages become <c>system</c>;
/// <see cref="ChatOptions.Tools"/> are offered and <c>tool_use</c> blocks come back as <see cref="FunctionCallContent"/>.
/// </summary>
internal sealed class AnthropicChatClient(AgentProviderOptions provider, ProviderHttp http) : IChatClient
{
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        using HttpRequestMessage request = Request(messages, options, stream: false);
        using JsonDocument document = await ChatExchange.AnswerAsync(http, request, provider, cancellationToken).ConfigureAwait(false);
        JsonElement root = document.RootElement;
        if (ChatResponseReader.Property(root, "content") is not { ValueKind: JsonValueKind.Array } content)
        {
            throw ProviderFailure.Permanent($"{provider.Id} answered without content");
        }

        List<AIContent> contents = [];
        foreach (JsonElement block in content.EnumerateArray())
        {
            switch (ChatResponseReader.String(block, "type"))
            {
                case "text" when ChatResponseReader.String(block, "text") is { Length: > 0 } text:
                    contents.Add(new TextContent(text));
                    break;
                case "tool_use":
                    contents.Add(ToolUse(block));
                    break;
            }
        }

        return new ChatResponse(new ChatMessage(ChatRole.Assistant, contents))
        {
            ModelId = ChatResponseReader.String(root, "model"),
            FinishReason = ChatResponseReader.FinishReason(ChatResponseReader.String(root, "stop_reason")),
            Usage = ChatResponseReader.Usage(ChatResponseReader.Property(root, "usage")),
        };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using HttpRequestMessage request = Request(messages, options, stream: true);
        long? input = null;
        var calls = new StreamedToolCalls(provider.Id);
        await foreach (SseItem<string> sse in ChatExchange.EventsAsync(http, request, provider, cancellationToken).ConfigureAwait(false))
        {
            using JsonDocument document = ChatResponseReader.Parse(provider.Id, Encoding.UTF8.GetBytes(sse.Data));
            JsonElement root = document.RootElement;
            string type = ChatResponseReader.String(root, "type") ?? sse.EventType;
            switch (type)
            {
                case "message_start":
                    JsonElement message = ChatResponseReader.Property(root, "message");
                    input = ChatResponseReader.Number(ChatResponseReader.Property(message, "usage"), "input_tokens");
                    yield return new ChatResponseUpdate { Role = ChatRole.Assistant, ModelId = ChatResponseReader.String(message, "model") };
                    break;
                case "content_block_start" when ChatResponseReader.Property(root, "content_block") is var block
                    && ChatResponseReader.String(block, "type") == "tool_use":
                    calls.Add(Index(root), ChatResponseReader.String(block, "id"), ChatResponseReader.String(block, "name"), null);
                    break;
                case "content_block_delta" when ChatResponseReader.String(ChatResponseReader.Property(root, "delta"), "partial_json") is { } json:
                    calls.Add(Index(root), null, null, json);
                    break;
                case "content_block_delta" when ChatResponseReader.String(ChatResponseReader.Property(root, "delta"), "text") is { Length: > 0 } text:
                    yield return new ChatResponseUpdate(ChatRole.Assistant, text);
                    break;
                case "content_block_stop" when calls.Complete(Index(root)) is { } call:
                    yield return new ChatResponseUpdate(ChatRole.Assistant, [call]);
                    break;
                case "message_delta":
                    long? output = ChatResponseReader.Number(ChatResponseReader.Property(root, "usage"), "output_tokens");
                    var update = new ChatResponseUpdate
                    {
                        Role = ChatRole.Assistant,
                        FinishReason = ChatResponseReader.FinishReason(ChatResponseReader.String(ChatResponseReader.Property(root, "delta"), "stop_reason")),
                    };
                    update.Contents.Add(new UsageContent(new UsageDetails { InputTokenCount = input, OutputTokenCount = output, TotalTokenCount = input + output }));
                    yield return update;
                    break;
                case "message_stop":
                    if (calls.CompleteAll() is { Count: > 0 } unclosed)
                    {
                        yield return new ChatResponseUpdate(ChatRole.Assistant, [.. unclosed]);
                    }

                    yield break;
                case "error":
                    string kind = ChatResponseReader.String(ChatResponseReader.Property(root, "error"), "type") ?? "error";
                    throw kind is "overloaded_error" or "api_error" or "rate_limit_error"
                        ? ProviderFailure.Transient($"{provider.Id} reported {kind} in the stream")
                        : ProviderFailure.Permanent($"{provider.Id} reported {kind} in the stream");
            }
        }

        throw ProviderFailure.Transient($"{provider.Id}: the stream ended before the answer was finished");
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private HttpRequestMessage Request(IEnumerable<ChatMessage> messages, ChatOptions? options, bool stream)
    {
        string model = options?.ModelId ?? provider.DefaultModel;
        AnthropicMessagesRequest body = AnthropicRequestBody.Create(model, messages, options, stream,
            options?.MaxOutputTokens ?? provider.Model(model)?.MaxTokens ?? AgentOptionsLoader.DefaultMaxTokens);
        HttpRequestMessage request = ProviderRequests.Create(provider, HttpMethod.Post, "/messages", stream);
        request.Content = JsonRequestBody.Create(body, AgentJsonContext.Default.AnthropicMessagesRequest);
        return request;
    }

    // The API numbers every block; a server that leaves the number out sends one block at a time, so 0 serves.
    private static long Index(JsonElement root) => ChatResponseReader.Number(root, "index") ?? 0;

    private FunctionCallContent ToolUse(JsonElement block)
    {
        string id = ChatResponseReader.String(block, "id") is { Length: > 0 } given
            ? given
            : throw ProviderFailure.Permanent($"{provider.Id} answered a tool_use block without an id");
        string name = ChatResponseReader.String(block, "name") is { Length: > 0 } named
            ? named
            : throw ProviderFailure.Permanent($"{provider.Id} answered a tool_use block without a name");
        return ToolArguments.Call(id, name, ChatResponseReader.Property(block, "input"));
    }
}

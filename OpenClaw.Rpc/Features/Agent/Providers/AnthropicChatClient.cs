using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>Anthropic Messages (<c>POST {baseUrl}/v1/messages</c>), plain and streamed. System messages become <c>system</c>.</summary>
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

        var text = new StringBuilder();
        foreach (JsonElement block in content.EnumerateArray().Where(b => ChatResponseReader.String(b, "type") == "text"))
        {
            text.Append(ChatResponseReader.String(block, "text"));
        }

        return new ChatResponse(new ChatMessage(ChatRole.Assistant, text.ToString()))
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
                case "content_block_delta" when ChatResponseReader.String(ChatResponseReader.Property(root, "delta"), "text") is { Length: > 0 } text:
                    yield return new ChatResponseUpdate(ChatRole.Assistant, text);
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
        List<ChatMessage> all = [.. messages];
        string? system = all.Where(m => m.Role == ChatRole.System).Select(m => m.Text).Aggregate((string?)null, (a, b) => a is null ? b : $"{a}\n\n{b}");
        var body = new AnthropicMessagesRequest(model, options?.MaxOutputTokens ?? provider.Model(model)?.MaxTokens ?? AgentOptionsLoader.DefaultMaxTokens,
            system, [.. all.Where(m => m.Role != ChatRole.System).Select(m => new WireChatMessage(m.Role.Value, m.Text))], stream);
        HttpRequestMessage request = ProviderRequests.Create(provider, HttpMethod.Post, "/messages", stream);
        request.Content = JsonRequestBody.Create(body, AgentJsonContext.Default.AnthropicMessagesRequest);
        return request;
    }
}

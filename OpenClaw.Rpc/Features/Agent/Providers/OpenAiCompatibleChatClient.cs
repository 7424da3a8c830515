using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>
/// OpenAI chat completions (<c>POST {baseUrl}/chat/completions</c>), plain and streamed, for every compatible server
/// by base URL: OpenAI, OpenRouter, Ollama, llama.cpp server, vLLM, LM Studio. Keyless when the provider is. Offers
/// <see cref="ChatOptions.Tools"/> and answers the calls the model asks for as <see cref="FunctionCallContent"/>.
/// </summary>
internal sealed class OpenAiCompatibleChatClient(AgentProviderOptions provider, ProviderHttp http) : IChatClient
{
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        using HttpRequestMessage request = Request(messages, options, stream: false);
        using JsonDocument document = await ChatExchange.AnswerAsync(http, request, provider, cancellationToken).ConfigureAwait(false);
        JsonElement root = document.RootElement;
        JsonElement choice = ChatResponseReader.Property(root, "choices") is { ValueKind: JsonValueKind.Array } choices && choices.GetArrayLength() > 0
            ? choices[0]
            : throw ProviderFailure.Permanent($"{provider.Id} answered without choices");
        JsonElement message = ChatResponseReader.Property(choice, "message");
        List<AIContent> contents = [];
        if (ChatResponseReader.String(message, "content") is { Length: > 0 } text)
        {
            contents.Add(new TextContent(text));
        }

        contents.AddRange(OpenAiToolCallReader.Read(provider.Id, message));
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, contents))
        {
            ModelId = ChatResponseReader.String(root, "model"),
            FinishReason = ChatResponseReader.FinishReason(ChatResponseReader.String(choice, "finish_reason")),
            Usage = ChatResponseReader.Usage(ChatResponseReader.Property(root, "usage")),
        };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using HttpRequestMessage request = Request(messages, options, stream: true);
        bool finished = false;
        bool anyText = false;
        bool done = false;
        var calls = new StreamedToolCalls(provider.Id);
        await foreach (SseItem<string> sse in ChatExchange.EventsAsync(http, request, provider, cancellationToken).ConfigureAwait(false))
        {
            if (sse.Data == "[DONE]")
            {
                done = true;
                break;
            }

            using JsonDocument chunk = ChatResponseReader.Parse(provider.Id, Encoding.UTF8.GetBytes(sse.Data));
            JsonElement root = chunk.RootElement;
            if (ChatResponseReader.Property(root, "error") is { ValueKind: JsonValueKind.Object } error)
            {
                throw ProviderFailure.Transient($"{provider.Id} reported an error in the stream ({ChatResponseReader.String(error, "code") ?? "error"})");
            }

            var update = new ChatResponseUpdate { Role = ChatRole.Assistant, ModelId = ChatResponseReader.String(root, "model") };
            if (ChatResponseReader.Property(root, "choices") is { ValueKind: JsonValueKind.Array } choices && choices.GetArrayLength() > 0)
            {
                JsonElement choice = choices[0];
                JsonElement delta = ChatResponseReader.Property(choice, "delta");
                if (ChatResponseReader.String(delta, "content") is { Length: > 0 } text)
                {
                    update.Contents.Add(new TextContent(text));
                    anyText = true;
                }

                OpenAiToolCallReader.Add(delta, calls);
                if (ChatResponseReader.FinishReason(ChatResponseReader.String(choice, "finish_reason")) is { } reason)
                {
                    update.FinishReason = reason;
                    finished = true;

                    // Fragments of several calls may interleave, so a call is known complete only when the answer is.
                    foreach (FunctionCallContent call in calls.CompleteAll())
                    {
                        update.Contents.Add(call);
                    }
                }
            }

            if (ChatResponseReader.Usage(ChatResponseReader.Property(root, "usage")) is { } usage)
            {
                update.Contents.Add(new UsageContent(usage));
            }

            yield return update;
        }

        // A finish reason ends an answer; so does [DONE] after some text or a tool call (servers that send no finish
        // reason). Anything else is a stream that was cut or came back empty.
        if (!finished && !(done && (anyText || calls.Any)))
        {
            throw ProviderFailure.Transient($"{provider.Id}: the stream ended before the answer was finished");
        }

        if (calls.CompleteAll() is { Count: > 0 } late)
        {
            yield return new ChatResponseUpdate(ChatRole.Assistant, [.. late]);
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private HttpRequestMessage Request(IEnumerable<ChatMessage> messages, ChatOptions? options, bool stream)
    {
        string model = options?.ModelId ?? provider.DefaultModel;
        OpenAiChatRequest body = OpenAiRequestBody.Create(model, messages, options, stream, options?.MaxOutputTokens ?? provider.Model(model)?.MaxTokens);
        HttpRequestMessage request = ProviderRequests.Create(provider, HttpMethod.Post, "/chat/completions", stream);
        request.Content = JsonRequestBody.Create(body, AgentJsonContext.Default.OpenAiChatRequest);
        return request;
    }
}

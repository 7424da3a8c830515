using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>A chat message as both APIs take it: <c>{role, content}</c> with text content.</summary>
internal sealed record WireChatMessage(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("content")] string Content);

/// <summary>The body of <c>POST {baseUrl}/chat/completions</c>. Only widely supported fields, so every compatible server accepts it.</summary>
internal sealed record OpenAiChatRequest(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("messages")] IReadOnlyList<WireChatMessage> Messages,
    [property: JsonPropertyName("stream")] bool Stream,
    [property: JsonPropertyName("max_tokens")] int? MaxTokens);

/// <summary>The body of <c>POST {baseUrl}/v1/messages</c>.</summary>
internal sealed record AnthropicMessagesRequest(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("max_tokens")] int MaxTokens,
    [property: JsonPropertyName("system")] string? System,
    [property: JsonPropertyName("messages")] IReadOnlyList<WireChatMessage> Messages,
    [property: JsonPropertyName("stream")] bool Stream);

using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>The body of <c>POST {baseUrl}/v1/messages</c>; <c>tools</c> only when tools are offered.</summary>
internal sealed record AnthropicMessagesRequest(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("max_tokens")] int MaxTokens,
    [property: JsonPropertyName("system")] string? System,
    [property: JsonPropertyName("messages")] IReadOnlyList<AnthropicWireMessage> Messages,
    [property: JsonPropertyName("stream")] bool Stream,
    [property: JsonPropertyName("tools")] IReadOnlyList<AnthropicWireTool>? Tools = null);

/// <summary>A message: <c>{role, content}</c>, the content a string or a list of blocks.</summary>
internal sealed record AnthropicWireMessage(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("content")] AnthropicWireContent Content);

/// <summary>A message's content: plain <see cref="Text"/> (written as a string) or <see cref="Blocks"/> (written as an array).</summary>
[JsonConverter(typeof(AnthropicWireContentConverter))]
internal sealed record AnthropicWireContent(string? Text, IReadOnlyList<AnthropicContentBlock>? Blocks)
{
    public static AnthropicWireContent Of(string text) => new(text, null);

    public static AnthropicWireContent Of(IReadOnlyList<AnthropicContentBlock> blocks) => new(null, blocks);
}

/// <summary>
/// One content block: <c>text</c> {text}, <c>tool_use</c> {id, name, input} or <c>tool_result</c>
/// {tool_use_id, content, is_error}; the fields a block does not have stay null and are not written.
/// </summary>
internal sealed record AnthropicContentBlock(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("text")] string? Text = null,
    [property: JsonPropertyName("id")] string? Id = null,
    [property: JsonPropertyName("name")] string? Name = null,
    [property: JsonPropertyName("input")] JsonElement? Input = null,
    [property: JsonPropertyName("tool_use_id")] string? ToolUseId = null,
    [property: JsonPropertyName("content")] string? Content = null,
    [property: JsonPropertyName("is_error")] bool? IsError = null);

/// <summary>A tool offered to the model: <c>{name, description, input_schema}</c>.</summary>
internal sealed record AnthropicWireTool(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("input_schema")] JsonElement InputSchema);

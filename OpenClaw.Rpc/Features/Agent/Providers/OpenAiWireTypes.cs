using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>
/// The body of <c>POST {baseUrl}/chat/completions</c>. Only widely supported fields, so every compatible server accepts
/// it; <c>tools</c> only when tools are offered.
/// </summary>
internal sealed record OpenAiChatRequest(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("messages")] IReadOnlyList<OpenAiWireMessage> Messages,
    [property: JsonPropertyName("stream")] bool Stream,
    [property: JsonPropertyName("max_tokens")] int? MaxTokens,
    [property: JsonPropertyName("tools")] IReadOnlyList<OpenAiWireTool>? Tools = null);

/// <summary>
/// A chat message: <c>{role, content}</c> with text content; an assistant's tool calls (its <c>content</c> then
/// written even when null, as the API shows it) or a tool's result (<c>tool_call_id</c>).
/// </summary>
internal sealed record OpenAiWireMessage(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("content"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Content,
    [property: JsonPropertyName("tool_calls")] IReadOnlyList<OpenAiWireToolCall>? ToolCalls = null,
    [property: JsonPropertyName("tool_call_id")] string? ToolCallId = null);

/// <summary>A tool call in the history: <c>{id, type: "function", function: {name, arguments}}</c>, the arguments a JSON string.</summary>
internal sealed record OpenAiWireToolCall(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("function")] OpenAiWireFunctionCall Function);

/// <summary>The function part of <see cref="OpenAiWireToolCall"/>.</summary>
internal sealed record OpenAiWireFunctionCall(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("arguments")] string Arguments);

/// <summary>A tool offered to the model: <c>{type: "function", function: {name, description, parameters}}</c>.</summary>
internal sealed record OpenAiWireTool(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("function")] OpenAiWireFunction Function);

/// <summary>The function part of <see cref="OpenAiWireTool"/>: <c>parameters</c> is the tool's JSON schema.</summary>
internal sealed record OpenAiWireFunction(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("parameters")] JsonElement Parameters);

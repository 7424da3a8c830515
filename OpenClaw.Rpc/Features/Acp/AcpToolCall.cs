using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>
/// A tool call as ACP shows it: the <c>update</c> of a <c>tool_call</c> / <c>tool_call_update</c> session update, and
/// the <c>toolCall</c> of <c>session/request_permission</c> (where <see cref="SessionUpdate"/> is left out).
/// </summary>
internal sealed record AcpToolCall(
    [property: JsonPropertyName("sessionUpdate")] string? SessionUpdate,
    [property: JsonPropertyName("toolCallId")] string ToolCallId,
    [property: JsonPropertyName("title")] string? Title = null,
    [property: JsonPropertyName("kind")] string? Kind = null,
    [property: JsonPropertyName("status")] string? Status = null,
    [property: JsonPropertyName("rawInput")] JsonElement? RawInput = null,
    [property: JsonPropertyName("content")] IReadOnlyList<AcpToolCallContent>? Content = null)
{
    public const string ToolCallKind = "tool_call";
    public const string ToolCallUpdateKind = "tool_call_update";

    /// <summary>ACP's tool kinds say what a tool touches; an MCP tool does not say, so every one is <c>other</c>.</summary>
    public const string OtherKind = "other";
}

/// <summary>Tool call output: <c>{type: "content", content: {type: "text", text}}</c>.</summary>
internal sealed record AcpToolCallContent(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("content")] AcpTextContent Content)
{
    public static AcpToolCallContent Text(string text) => new("content", AcpTextContent.Of(text));
}

/// <summary>One choice of <c>session/request_permission</c>.</summary>
internal sealed record AcpPermissionOption(
    [property: JsonPropertyName("optionId")] string OptionId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind);

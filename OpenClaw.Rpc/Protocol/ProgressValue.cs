using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Protocol;

/// <summary>One <c>$/progress</c> value: <c>delta</c> carries streamed text, <c>toolCall</c> a tool call's new status.</summary>
public sealed record ProgressValue(
    [property: JsonPropertyName("delta")] string? Delta = null,
    [property: JsonPropertyName("toolCall")] ToolCallProgress? ToolCall = null);

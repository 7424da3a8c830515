using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Protocol;

/// <summary>
/// A tool call's status in <c>$/progress</c>: <c>pending</c> (with the arguments), <c>running</c>, then one of
/// <c>completed</c>, <c>failed</c>, <c>denied</c>, <c>cancelled</c> (with the result, truncated).
/// </summary>
public sealed record ToolCallProgress(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("tool")] string Tool,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("arguments")] JsonElement? Arguments = null,
    [property: JsonPropertyName("result")] string? Result = null);

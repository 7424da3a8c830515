using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Checks;

/// <summary>One change <c>--fix</c> made: <c>action</c> is chmod (with octal modes) or mkdir.</summary>
public sealed record FixChange(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("action")] string Action,
    [property: JsonPropertyName("from")] string? From,
    [property: JsonPropertyName("to")] string? To);

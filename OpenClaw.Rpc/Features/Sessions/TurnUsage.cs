using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Token counts a provider reported for one answer; any of them may be unknown.</summary>
public sealed record TurnUsage(
    [property: JsonPropertyName("inputTokens")] int? InputTokens,
    [property: JsonPropertyName("outputTokens")] int? OutputTokens,
    [property: JsonPropertyName("totalTokens")] int? TotalTokens);

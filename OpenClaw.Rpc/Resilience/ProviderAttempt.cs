using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Resilience;

/// <summary>One attempt as text-to-speech and transcription report it (<c>attempts</c>, and <c>error.data.attempts</c>).</summary>
public sealed record ProviderAttempt(
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("durationMs")] long DurationMs)
{
    internal static ProviderAttempt From(ChainAttempt attempt) => new(attempt.Provider, attempt.Outcome, attempt.Reason, attempt.DurationMs);

    internal static IReadOnlyList<ProviderAttempt> From(IEnumerable<ChainAttempt> attempts) => [.. attempts.Select(From)];
}

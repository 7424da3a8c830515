using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Resilience;

/// <summary>One attempt as text-to-speech and transcription report it (<c>attempts</c>, and <c>error.data.attempts</c>).</summary>
internal sealed record ProviderAttempt(
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("durationMs")] long DurationMs)
{
    public static ProviderAttempt From(ChainAttempt attempt) => new(attempt.Provider, attempt.Outcome, attempt.Reason, attempt.DurationMs);

    public static IReadOnlyList<ProviderAttempt> From(IEnumerable<ChainAttempt> attempts) => [.. attempts.Select(From)];
}

using System.Diagnostics.CodeAnalysis;

namespace OpenClaw.Rpc.Resilience;

/// <summary>
/// How a chain walk ended: the answer and the step that gave it, or no answer with the last cause. Either way every
/// attempt in order. <see cref="Recovered"/>: an attempt failed or timed out and a later one answered.
/// </summary>
internal sealed record ChainOutcome<TTarget, TResult>(
    IReadOnlyList<ChainAttempt> Attempts,
    ChainStep<TTarget>? AnsweredBy,
    TResult? Result,
    string? LastCause,
    bool Retryable)
    where TResult : class
{
    [MemberNotNullWhen(true, nameof(AnsweredBy), nameof(Result))]
    public bool Succeeded => AnsweredBy is not null && Result is not null;

    public bool Recovered => Succeeded && Attempts.Any(a => a.Outcome is AttemptOutcome.Failed or AttemptOutcome.Timeout);

    /// <summary>Every attempt's cause in chain order (<c>provider: reason; ...</c>), for errors that list them all.</summary>
    public string AllCauses(string whenEmpty) =>
        Attempts.Count == 0 ? whenEmpty : string.Join("; ", Attempts.Select(a => $"{a.Provider}: {a.Reason}"));
}

using OpenClaw.Rpc.Protocol;
using Polly;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>
/// What one run has done so far: its attempts in order, the wait the retry chose before the next attempt, and the
/// run's deadline. Carried through the Polly pipeline in the resilience context.
/// </summary>
internal sealed class RunState(TimeProvider time, TimeSpan budget, long startedAt)
{
    private static readonly ResiliencePropertyKey<RunState> Key = new("openclaw.run");
    private readonly List<SelfHealingAttempt> _attempts = [];

    public IReadOnlyList<SelfHealingAttempt> Attempts => _attempts;

    /// <summary>Set by the retry just before it waits; taken by the next attempt as its <c>delayMs</c>.</summary>
    public TimeSpan NextDelay { get; set; }

    /// <summary>Set when a provider asked to wait longer than the run has left, so the chain moved on instead.</summary>
    public TimeSpan? RetryAfterBeyondDeadline { get; set; }

    public TimeSpan Remaining => budget - time.GetElapsedTime(startedAt);

    public TimeSpan Elapsed => time.GetElapsedTime(startedAt);

    public static RunState Of(ResilienceContext context) => context.Properties.GetValue(Key, null!);

    public void AttachTo(ResilienceContext context) => context.Properties.Set(Key, this);

    public TimeSpan TakeDelay()
    {
        TimeSpan delay = NextDelay;
        NextDelay = TimeSpan.Zero;
        return delay;
    }

    public void Record(ChainCandidate candidate, string outcome, string? reason, TimeSpan duration, TimeSpan delay) =>
        _attempts.Add(new SelfHealingAttempt(candidate.Provider.Id, candidate.Model, outcome, reason, Milliseconds(duration), Milliseconds(delay)));

    /// <summary>Recovered: an attempt failed or timed out and a later one answered.</summary>
    public bool Recovered => _attempts.Count > 0 && _attempts[^1].Outcome == ProviderAttempt.Success
        && _attempts.Any(a => a.Outcome is ProviderAttempt.Failed or ProviderAttempt.Timeout);

    private static long Milliseconds(TimeSpan span) => (long)Math.Round(span.TotalMilliseconds);
}

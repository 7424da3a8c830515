using Polly;

namespace OpenClaw.Rpc.Resilience;

/// <summary>
/// What one chain walk has done so far: its attempts in order, the wait the retry chose before the next attempt, and the
/// walk's deadline. Carried through the Polly pipeline in the resilience context.
/// </summary>
internal sealed class ChainRun(TimeProvider time, TimeSpan budget, long startedAt)
{
    private static readonly ResiliencePropertyKey<ChainRun> Key = new("openclaw.chain");
    private readonly List<ChainAttempt> _attempts = [];

    public IReadOnlyList<ChainAttempt> Attempts => _attempts;

    /// <summary>Set by the retry just before it waits; taken by the next attempt as its <c>delayMs</c>.</summary>
    public TimeSpan NextDelay { get; set; }

    /// <summary>Set when a provider asked to wait longer than the walk has left, so the chain moved on instead.</summary>
    public TimeSpan? RetryAfterBeyondDeadline { get; set; }

    public TimeSpan Remaining => budget == Timeout.InfiniteTimeSpan ? TimeSpan.MaxValue : budget - time.GetElapsedTime(startedAt);

    public static ChainRun Of(ResilienceContext context) => context.Properties.GetValue(Key, null!);

    public void AttachTo(ResilienceContext context) => context.Properties.Set(Key, this);

    public TimeSpan TakeDelay()
    {
        TimeSpan delay = NextDelay;
        NextDelay = TimeSpan.Zero;
        return delay;
    }

    public void Record(string provider, string? model, string outcome, string? reason, TimeSpan duration, TimeSpan delay) =>
        _attempts.Add(new ChainAttempt(provider, model, outcome, reason, Milliseconds(duration), Milliseconds(delay)));

    private static long Milliseconds(TimeSpan span) => (long)Math.Round(span.TotalMilliseconds);
}

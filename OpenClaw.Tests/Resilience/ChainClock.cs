using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace OpenClaw.Tests.Resilience;

/// <summary>
/// A fake clock that tells the test each timer the chain starts (a backoff, a Retry-After, the walk's deadline), so a
/// test advances time exactly when the chain waits and never sleeps. Timers due after <see cref="Ignored"/> (the attempt
/// timeout, started once per attempt) and never-due timers are not reported.
/// </summary>
internal sealed class ChainClock : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _started = Channel.CreateUnbounded<TimeSpan>();

    /// <summary>A due time the test does not want to hear about (usually the policy's attempt timeout).</summary>
    public TimeSpan? Ignored { get; init; }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ITimer timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan && dueTime != Ignored)
        {
            _started.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>The due time of the next timer the chain starts (bounded, so a chain that never waits fails the test).</summary>
    public async Task<TimeSpan> NextTimerAsync(CancellationToken cancellationToken) =>
        await _started.Reader.ReadAsync(cancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);

    /// <summary>Whether a timer was started that no <see cref="NextTimerAsync"/> has taken yet.</summary>
    public bool HasUnseenTimer => _started.Reader.TryPeek(out _);

    /// <summary>Waits for the chain's next timer, checks it is due after <paramref name="expected"/>, and moves the clock exactly that far.</summary>
    public async Task AdvanceThroughAsync(TimeSpan expected, CancellationToken cancellationToken)
    {
        TimeSpan due = await NextTimerAsync(cancellationToken);
        Assert.That(due, Is.EqualTo(expected), "the chain's wait");
        Advance(due);
    }
}

using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Tests.Resilience;

/// <summary>How a walk ends early: the caller cancels (it throws) or the walk's budget runs out (an outcome that says so).</summary>
public sealed class ChainDeadlineTests
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);
    private static readonly ChainPolicy Retrying = new(true, MaxAttempts: 3, BackoffMs: 1_000, MaxBackoffMs: 1_000, AttemptTimeout, CircuitBreaker: false);

    private ChainClock _clock = null!;
    private ScriptedProviders _providers = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new ChainClock { Ignored = AttemptTimeout };
        _providers = new ScriptedProviders(_clock);
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Caller_cancellation_records_the_attempt_as_cancelled_and_throws(CancellationToken cancellationToken)
    {
        TestChain chain = TestChain.Create(Retrying, _clock);
        _providers.On("a", Replies.Hang()).On("b", Replies.Answer("from b"));
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<ChainOutcome<string, string>> run = chain.RunAsync(TestChain.Steps("a", "b"), _providers.AttemptAsync, caller.Token);
        await _providers.NextCallAsync(cancellationToken);

        await caller.CancelAsync();

        Assert.That(async () => await run, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(_providers.CallsTo("a"), Is.EqualTo(1), "no retry after the caller cancelled");
        Assert.That(_providers.CallsTo("b"), Is.Zero);
        Assert.That(chain.Counters.Attempts().Select(c => $"{c.Labels["provider"]}:{c.Labels["outcome"]}={c.Value}"), Is.EqualTo(new[] { "a:cancelled=1" }));
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task The_budget_running_out_during_an_attempt_ends_the_walk_with_a_retryable_timeout(CancellationToken cancellationToken)
    {
        _providers.On("a", Replies.Hang()).On("b", Replies.Answer("from b"));
        Task<ChainOutcome<string, string>> run = RunWithin(TimeSpan.FromMilliseconds(1_500), _clock.GetTimestamp(), cancellationToken, "a", "b");
        await _providers.NextCallAsync(cancellationToken);

        await _clock.AdvanceThroughAsync(TimeSpan.FromMilliseconds(1_500), cancellationToken);

        ChainOutcome<string, string> outcome = await run;
        Assert.That(outcome.Attempts, Is.EqualTo(new[] { new ChainAttempt("a", "m1", AttemptOutcome.Cancelled, "the run was cancelled or ran out of time", 1_500, 0) }));
        Assert.That(outcome.LastCause, Is.EqualTo("the run timed out after 1500 ms"));
        Assert.That(outcome.Retryable, Is.True);
        Assert.That(_providers.CallsTo("b"), Is.Zero, "no step is tried after the deadline");
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task The_budget_running_out_during_a_backoff_ends_the_walk_without_another_attempt(CancellationToken cancellationToken)
    {
        _providers.On("a", Replies.Transient("a server error (HTTP 503)")).On("b", Replies.Answer("from b"));
        Task<ChainOutcome<string, string>> run = RunWithin(TimeSpan.FromMilliseconds(1_500), _clock.GetTimestamp(), cancellationToken, "a", "b");
        Assert.That(await _clock.NextTimerAsync(cancellationToken), Is.EqualTo(TimeSpan.FromMilliseconds(1_500)), "the walk's deadline");

        await _clock.AdvanceThroughAsync(TimeSpan.FromMilliseconds(1_000), cancellationToken);
        Assert.That(await _clock.NextTimerAsync(cancellationToken), Is.EqualTo(TimeSpan.FromMilliseconds(1_000)), "the second backoff");
        _clock.Advance(TimeSpan.FromMilliseconds(500));

        ChainOutcome<string, string> outcome = await run;
        Assert.That(outcome.Attempts.Select(a => $"{a.Outcome}:{a.DelayMs}"), Is.EqualTo(new[] { "failed:0", "failed:1000" }));
        Assert.That(outcome.LastCause, Is.EqualTo("the run timed out after 1500 ms"));
        Assert.That(outcome.Retryable, Is.True);
        Assert.That(_providers.Timeline(_clock.Start), Is.EqualTo(new[] { "a@0", "a@1000" }));
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Time_spent_before_the_walk_counts_against_its_budget(CancellationToken cancellationToken)
    {
        _providers.On("a", Replies.Hang());
        long arrived = _clock.GetTimestamp();
        _clock.Advance(TimeSpan.FromMilliseconds(400));
        Task<ChainOutcome<string, string>> run = RunWithin(TimeSpan.FromMilliseconds(1_000), arrived, cancellationToken, "a");
        await _providers.NextCallAsync(cancellationToken);

        await _clock.AdvanceThroughAsync(TimeSpan.FromMilliseconds(600), cancellationToken);

        ChainOutcome<string, string> outcome = await run;
        Assert.That(outcome.LastCause, Is.EqualTo("the run timed out after 1000 ms"));
        Assert.That(outcome.Attempts.Single().DurationMs, Is.EqualTo(600));
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_budget_spent_before_the_walk_makes_no_call(CancellationToken cancellationToken)
    {
        _providers.On("a", Replies.Answer("from a"));
        long arrived = _clock.GetTimestamp();
        _clock.Advance(TimeSpan.FromMilliseconds(1_200));

        ChainOutcome<string, string> outcome = await RunWithin(TimeSpan.FromMilliseconds(1_000), arrived, cancellationToken, "a");

        Assert.That(outcome.Succeeded, Is.False);
        Assert.That(_providers.CallsTo("a"), Is.Zero);
        Assert.That(outcome.LastCause, Is.EqualTo("the run timed out after 1000 ms"));
        Assert.That(outcome.Retryable, Is.True);
    }

    private Task<ChainOutcome<string, string>> RunWithin(TimeSpan budget, long startedAt, CancellationToken cancellationToken, params string[] steps) =>
        TestChain.Create(Retrying, _clock).RunAsync(TestChain.Steps(steps), _providers.AttemptAsync, budget, startedAt, cancellationToken);
}

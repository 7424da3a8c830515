using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Tests.Resilience;

/// <summary>Retries, backoff and Retry-After on the fake clock: each wait is exactly the one the policy promises.</summary>
public sealed class ProviderPipelinesTests
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    private ChainClock _clock = null!;
    private ScriptedProviders _providers = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new ChainClock { Ignored = AttemptTimeout };
        _providers = new ScriptedProviders(_clock);
    }

    [TestCase(0.0, 80, 160, 320)]
    [TestCase(0.5, 100, 200, 400)]
    [TestCase(0.75, 110, 220, 440)]
    [CancelAfter(10_000)]
    public async Task A_transient_failure_is_retried_with_backoff_doubled_per_retry_and_spread_by_the_jitter(
        double jitter, long first, long second, long third, CancellationToken cancellationToken)
    {
        var policy = new ChainPolicy(true, MaxAttempts: 4, BackoffMs: 100, MaxBackoffMs: 10_000, AttemptTimeout, CircuitBreaker: false);
        _providers.On("a", Replies.Transient("a server error (HTTP 503)")).On("b", Replies.Answer("from b"));
        Task<ChainOutcome<string, string>> run = Run(policy, jitter, cancellationToken, "a", "b");

        foreach (long wait in new[] { first, second, third })
        {
            await _clock.AdvanceThroughAsync(TimeSpan.FromMilliseconds(wait), cancellationToken);
        }

        ChainOutcome<string, string> outcome = await run;
        Assert.That(outcome.Attempts.Select(a => $"{a.Provider}:{a.Outcome}:{a.DelayMs}"),
            Is.EqualTo(new[] { "a:failed:0", $"a:failed:{first}", $"a:failed:{second}", $"a:failed:{third}", "b:success:0" }),
            "MaxAttempts attempts on a, each reporting the exact wait before it, then b at once");
        long t1 = first, t2 = t1 + second, t3 = t2 + third;
        Assert.That(_providers.Timeline(_clock.Start), Is.EqualTo(new[] { "a@0", $"a@{t1}", $"a@{t2}", $"a@{t3}", $"b@{t3}" }),
            "no attempt started before its wait was over");
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task The_backoff_is_capped_at_MaxBackoffMs_after_the_jitter(CancellationToken cancellationToken)
    {
        var policy = new ChainPolicy(true, MaxAttempts: 4, BackoffMs: 100, MaxBackoffMs: 220, AttemptTimeout, CircuitBreaker: false);
        _providers.On("a", Replies.Transient("a server error (HTTP 503)"), Replies.Transient("again"), Replies.Transient("again"), Replies.Answer("at last"));
        var jitters = new Queue<double>([0.0, 0.99, 0.0]);
        Task<ChainOutcome<string, string>> run = Run(policy, new Jitter(jitters.Dequeue), cancellationToken, "a");

        await _clock.AdvanceThroughAsync(TimeSpan.FromMilliseconds(80), cancellationToken);
        await _clock.AdvanceThroughAsync(TimeSpan.FromMilliseconds(220), cancellationToken);
        await _clock.AdvanceThroughAsync(TimeSpan.FromMilliseconds(220), cancellationToken);

        ChainOutcome<string, string> outcome = await run;
        Assert.That(outcome.Attempts.Select(a => a.DelayMs), Is.EqualTo(new[] { 0, 80, 220, 220 }), "200 x 1.196 and 400 x 0.8 are both capped at 220");
        Assert.That(outcome.Result, Is.EqualTo("at last"));
        Assert.That(outcome.Recovered, Is.True);
        Assert.That(jitters, Is.Empty, "one jitter draw per retry");
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Retry_after_is_waited_exactly_even_beyond_MaxBackoffMs(CancellationToken cancellationToken)
    {
        var policy = new ChainPolicy(true, MaxAttempts: 2, BackoffMs: 100, MaxBackoffMs: 200, AttemptTimeout, CircuitBreaker: false);
        _providers.On("a", Replies.Transient("a is rate limiting (HTTP 429)", TimeSpan.FromMilliseconds(2_000)), Replies.Answer("after the wait"));
        Task<ChainOutcome<string, string>> run = Run(policy, 0.5, cancellationToken, "a");

        await _clock.AdvanceThroughAsync(TimeSpan.FromMilliseconds(2_000), cancellationToken);

        ChainOutcome<string, string> outcome = await run;
        Assert.That(outcome.Result, Is.EqualTo("after the wait"));
        Assert.That(outcome.Attempts.Select(a => a.DelayMs), Is.EqualTo(new[] { 0, 2_000 }));
        Assert.That(_providers.Timeline(_clock.Start), Is.EqualTo(new[] { "a@0", "a@2000" }));
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_retry_after_longer_than_the_budget_moves_on_to_the_next_step_without_waiting(CancellationToken cancellationToken)
    {
        var policy = new ChainPolicy(true, MaxAttempts: 3, BackoffMs: 100, MaxBackoffMs: 200, AttemptTimeout, CircuitBreaker: false);
        _providers.On("a", Replies.Transient("a is rate limiting (HTTP 429)", TimeSpan.FromSeconds(5))).On("b", Replies.Answer("from b"));

        ChainOutcome<string, string> outcome = await RunWithin(policy, TimeSpan.FromSeconds(1), cancellationToken, "a", "b");

        Assert.That(outcome.Attempts.Select(a => $"{a.Provider}:{a.Outcome}:{a.DelayMs}"), Is.EqualTo(new[] { "a:failed:0", "b:success:0" }));
        Assert.That(_providers.Timeline(_clock.Start), Is.EqualTo(new[] { "a@0", "b@0" }));
        Assert.That(await _clock.NextTimerAsync(cancellationToken), Is.EqualTo(TimeSpan.FromSeconds(1)), "the walk's deadline");
        Assert.That(_clock.HasUnseenTimer, Is.False, "no wait was started for the Retry-After");
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_retry_after_longer_than_the_budget_is_named_in_the_last_cause(CancellationToken cancellationToken)
    {
        var policy = new ChainPolicy(true, MaxAttempts: 3, BackoffMs: 100, MaxBackoffMs: 200, AttemptTimeout, CircuitBreaker: false);
        _providers.On("a", Replies.Transient("a is rate limiting (HTTP 429)", TimeSpan.FromSeconds(5)));

        ChainOutcome<string, string> outcome = await RunWithin(policy, TimeSpan.FromSeconds(1), cancellationToken, "a");

        Assert.That(outcome.LastCause, Is.EqualTo("a is rate limiting (HTTP 429) (asked to wait 5000 ms, more than the run has left)"));
        Assert.That(outcome.Retryable, Is.True);
        Assert.That(_providers.CallsTo("a"), Is.EqualTo(1));
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task An_operation_cancelled_by_neither_the_attempt_nor_the_walk_is_a_transient_connection_timeout(CancellationToken cancellationToken)
    {
        var policy = new ChainPolicy(true, MaxAttempts: 2, BackoffMs: 0, MaxBackoffMs: 0, AttemptTimeout, CircuitBreaker: false);
        _providers.On("a", Replies.Throw(new TaskCanceledException("the HTTP client gave up")), Replies.Answer("second try"));

        ChainOutcome<string, string> outcome = await Run(policy, 0.5, cancellationToken, "a");

        Assert.That(outcome.Attempts, Is.EqualTo(new[]
        {
            new ChainAttempt("a", "m1", AttemptOutcome.Failed, "the connection timed out", 0, 0),
            new ChainAttempt("a", "m1", AttemptOutcome.Success, null, 0, 0),
        }));
        Assert.That(outcome.Recovered, Is.True);
    }

    private Task<ChainOutcome<string, string>> Run(ChainPolicy policy, double jitter, CancellationToken cancellationToken, params string[] steps) =>
        Run(policy, new Jitter(() => jitter), cancellationToken, steps);

    private Task<ChainOutcome<string, string>> Run(ChainPolicy policy, Jitter jitter, CancellationToken cancellationToken, params string[] steps) =>
        TestChain.Create(policy, _clock, jitter).RunAsync(TestChain.Steps(steps), _providers.AttemptAsync, cancellationToken);

    private Task<ChainOutcome<string, string>> RunWithin(ChainPolicy policy, TimeSpan budget, CancellationToken cancellationToken, params string[] steps) =>
        TestChain.Create(policy, _clock).RunAsync(TestChain.Steps(steps), _providers.AttemptAsync, budget, _clock.GetTimestamp(), cancellationToken);
}

using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Tests.Resilience;

/// <summary>The one per-attempt timeout: what it records, what a cancelled attempt adds, and that it is retried as transient.</summary>
public sealed class AttemptTimeoutTests
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromMilliseconds(500);

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
    public async Task An_attempt_past_its_timeout_is_recorded_as_timeout_and_the_next_step_answers(CancellationToken cancellationToken)
    {
        _providers.On("a", Replies.Hang()).On("b", Replies.Answer("from b"));
        Task<ChainOutcome<string, string>> run = Run(ChainPolicy.SingleAttempt(AttemptTimeout), cancellationToken, "a", "b");

        Assert.That(await _providers.NextCallAsync(cancellationToken), Is.EqualTo("a"));
        _clock.Advance(AttemptTimeout);

        ChainOutcome<string, string> outcome = await run;
        Assert.That(outcome.Attempts, Is.EqualTo(new[]
        {
            new ChainAttempt("a", "m1", AttemptOutcome.Timeout, "timed out after 500 ms", 500, 0),
            new ChainAttempt("b", "m1", AttemptOutcome.Success, null, 0, 0),
        }));
        Assert.That(outcome.Recovered, Is.True, "a timeout before the answer is a recovery");
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_cancelled_attempt_that_says_what_it_cost_adds_that_to_the_timeout_reason(CancellationToken cancellationToken)
    {
        _providers.On("a", Replies.HangThenSay("kittentts was killed"));
        Task<ChainOutcome<string, string>> run = Run(ChainPolicy.SingleAttempt(AttemptTimeout), cancellationToken, "a");

        await _providers.NextCallAsync(cancellationToken);
        _clock.Advance(AttemptTimeout);

        ChainOutcome<string, string> outcome = await run;
        Assert.That(outcome.Attempts.Single().Reason, Is.EqualTo("timed out after 500 ms; kittentts was killed"));
        Assert.That(outcome.LastCause, Is.EqualTo("a: timed out after 500 ms; kittentts was killed"));
        Assert.That(outcome.Retryable, Is.True);
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_timeout_is_transient_and_retried_up_to_MaxAttempts(CancellationToken cancellationToken)
    {
        var policy = new ChainPolicy(true, MaxAttempts: 2, BackoffMs: 0, MaxBackoffMs: 0, AttemptTimeout, CircuitBreaker: false);
        _providers.On("a", Replies.Hang(), Replies.Answer("second try"));
        Task<ChainOutcome<string, string>> run = Run(policy, cancellationToken, "a");

        await _providers.NextCallAsync(cancellationToken);
        _clock.Advance(AttemptTimeout);

        ChainOutcome<string, string> outcome = await run;
        Assert.That(outcome.Attempts.Select(a => $"{a.Outcome}:{a.DurationMs}"), Is.EqualTo(new[] { "timeout:500", "success:0" }));
        Assert.That(outcome.Result, Is.EqualTo("second try"));
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_timeout_after_output_was_delivered_stops_the_walk_as_interrupted(CancellationToken cancellationToken)
    {
        var policy = new ChainPolicy(true, MaxAttempts: 3, BackoffMs: 0, MaxBackoffMs: 0, AttemptTimeout, CircuitBreaker: false);
        _providers.On("a", Replies.DeliverThen(5, failure: null)).On("b", Replies.Answer("from b"));
        Task<ChainOutcome<string, string>> run = Run(policy, cancellationToken, "a", "b");

        await _providers.NextCallAsync(cancellationToken);
        _clock.Advance(AttemptTimeout);

        ChainOutcome<string, string> outcome = await run;
        const string Reason = "timed out after 500 ms; the stream was interrupted after 5 characters were sent, so it is not replayed";
        Assert.That(outcome.Attempts, Is.EqualTo(new[] { new ChainAttempt("a", "m1", AttemptOutcome.Timeout, Reason, 500, 0) }));
        Assert.That(_providers.CallsTo("b"), Is.Zero);
        Assert.That(outcome.LastCause, Is.EqualTo(Reason));
    }

    private Task<ChainOutcome<string, string>> Run(ChainPolicy policy, CancellationToken cancellationToken, params string[] steps) =>
        TestChain.Create(policy, _clock).RunAsync(TestChain.Steps(steps), _providers.AttemptAsync, cancellationToken);
}

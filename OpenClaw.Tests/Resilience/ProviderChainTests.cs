using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Tests.Resilience;

/// <summary>The walk itself: who is asked, in which order, when it stops, and what the outcome says.</summary>
public sealed class ProviderChainTests
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);
    private static readonly ChainPolicy Retrying = new(true, MaxAttempts: 3, BackoffMs: 100, MaxBackoffMs: 1000, AttemptTimeout, CircuitBreaker: false);

    private ChainClock _clock = null!;
    private ScriptedProviders _providers = null!;
    private TestChain _chain = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new ChainClock { Ignored = AttemptTimeout };
        _providers = new ScriptedProviders(_clock);
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_skipped_step_spends_no_attempt_and_no_delay_and_is_reported_with_its_reason(CancellationToken cancellationToken)
    {
        _providers.On("a", Replies.Answer("from a")).On("b", Replies.Answer("from b"));

        ChainOutcome<string, string> outcome = await Run(Retrying, cancellationToken, "a!not configured; set A_KEY", "b");

        Assert.That(outcome.Attempts, Is.EqualTo(new[]
        {
            new ChainAttempt("a", "m1", AttemptOutcome.Skipped, "not configured; set A_KEY", 0, 0),
            new ChainAttempt("b", "m1", AttemptOutcome.Success, null, 0, 0),
        }));
        Assert.That(_providers.CallsTo("a"), Is.Zero);
        Assert.That(_clock.HasUnseenTimer, Is.False, "no backoff was started for the skipped step");
        Assert.That(outcome.AnsweredBy?.Provider, Is.EqualTo("b"));
        Assert.That(outcome.Recovered, Is.False, "a skipped step is not a failure the chain recovered from");
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task The_first_answer_ends_the_walk_and_later_steps_are_not_called(CancellationToken cancellationToken)
    {
        _providers.On("a", Replies.Answer("from a")).On("b", Replies.Answer("from b")).On("c", Replies.Answer("from c"));

        ChainOutcome<string, string> outcome = await Run(Retrying, cancellationToken, "a", "b", "c");

        Assert.That(outcome.Succeeded, Is.True);
        Assert.That(outcome.Result, Is.EqualTo("from a"));
        Assert.That(outcome.AnsweredBy?.Provider, Is.EqualTo("a"));
        Assert.That(_providers.Timeline(_clock.Start), Is.EqualTo(new[] { "a@0" }));
        Assert.That(outcome.LastCause, Is.Null);
        Assert.That(outcome.Recovered, Is.False);
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_permanent_failure_moves_to_the_next_step_at_once_without_retry(CancellationToken cancellationToken)
    {
        _providers.On("a", Replies.Permanent("a refused the key (HTTP 401)")).On("b", Replies.Answer("from b"));

        ChainOutcome<string, string> outcome = await Run(Retrying, cancellationToken, "a", "b");

        Assert.That(outcome.Attempts, Is.EqualTo(new[]
        {
            new ChainAttempt("a", "m1", AttemptOutcome.Failed, "a refused the key (HTTP 401)", 0, 0),
            new ChainAttempt("b", "m1", AttemptOutcome.Success, null, 0, 0),
        }));
        Assert.That(_providers.Timeline(_clock.Start), Is.EqualTo(new[] { "a@0", "b@0" }), "one call on a, then b without a wait");
        Assert.That(_clock.HasUnseenTimer, Is.False, "no backoff was started");
        Assert.That(outcome.Recovered, Is.True);
    }

    [TestCase(nameof(FailureClass.ContextTooLong))]
    [TestCase(nameof(FailureClass.Interrupted))]
    [CancelAfter(10_000)]
    public async Task A_failure_that_another_provider_cannot_fix_stops_the_walk(string kind, CancellationToken cancellationToken)
    {
        var failure = new ProviderFailure(Enum.Parse<FailureClass>(kind), "a: the conversation is too long");
        _providers.On("a", Replies.Throw(failure)).On("b", Replies.Answer("from b"));

        ChainOutcome<string, string> outcome = await Run(Retrying, cancellationToken, "a", "b");

        Assert.That(outcome.Succeeded, Is.False);
        Assert.That(_providers.Timeline(_clock.Start), Is.EqualTo(new[] { "a@0" }), "no retry and no fallback");
        Assert.That(outcome.LastCause, Is.EqualTo("a: the conversation is too long"));
        Assert.That(outcome.Retryable, Is.False);
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_failure_after_output_was_delivered_is_interrupted_and_nothing_is_replayed(CancellationToken cancellationToken)
    {
        _providers.On("a", Replies.DeliverThen(17, ProviderFailure.Transient("a: the stream broke"))).On("b", Replies.Answer("from b"));

        ChainOutcome<string, string> outcome = await Run(Retrying, cancellationToken, "a", "b");

        const string Reason = "a: the stream broke; the stream was interrupted after 17 characters were sent, so it is not replayed";
        Assert.That(outcome.Attempts, Is.EqualTo(new[] { new ChainAttempt("a", "m1", AttemptOutcome.Failed, Reason, 0, 0) }));
        Assert.That(_providers.CallsTo("a"), Is.EqualTo(1), "a transient failure is not retried once output was sent");
        Assert.That(_providers.CallsTo("b"), Is.Zero);
        Assert.That(outcome.LastCause, Is.EqualTo(Reason));
        Assert.That(outcome.Retryable, Is.False);
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task An_unexpected_exception_is_a_permanent_failure_whose_details_go_only_to_the_log(CancellationToken cancellationToken)
    {
        _providers.On("a", Replies.Throw(new InvalidOperationException("parser state 0x2f at offset 991"))).On("b", Replies.Answer("from b"));

        ChainOutcome<string, string> outcome = await Run(Retrying, cancellationToken, "a", "b");

        Assert.That(outcome.Attempts[0], Is.EqualTo(new ChainAttempt("a", "m1", AttemptOutcome.Failed, "unexpected failure (details in the log)", 0, 0)));
        Assert.That(_providers.Timeline(_clock.Start), Is.EqualTo(new[] { "a@0", "b@0" }), "permanent: no retry");
        Assert.That(_chain.Log, Does.Contain("a: an attempt failed unexpectedly: System.InvalidOperationException: parser state 0x2f at offset 991"));
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task After_output_was_delivered_an_unexpected_exception_is_still_interrupted(CancellationToken cancellationToken)
    {
        _providers.On("a", Replies.DeliverThen(3, new InvalidOperationException("boom"))).On("b", Replies.Answer("from b"));

        ChainOutcome<string, string> outcome = await Run(Retrying, cancellationToken, "a", "b");

        Assert.That(outcome.LastCause,
            Is.EqualTo("unexpected failure (details in the log); the stream was interrupted after 3 characters were sent, so it is not replayed"));
        Assert.That(_providers.CallsTo("b"), Is.Zero);
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task The_kill_switch_tries_only_the_first_step_once(CancellationToken cancellationToken)
    {
        var off = new ChainPolicy(false, MaxAttempts: 3, BackoffMs: 100, MaxBackoffMs: 1000, AttemptTimeout, CircuitBreaker: true);
        _providers.On("a", Replies.Transient("a server error (HTTP 503)")).On("b", Replies.Answer("from b"));

        ChainOutcome<string, string> outcome = await Run(off, cancellationToken, "a", "b");

        Assert.That(outcome.Attempts, Is.EqualTo(new[] { new ChainAttempt("a", "m1", AttemptOutcome.Failed, "a server error (HTTP 503)", 0, 0) }));
        Assert.That(_providers.CallsTo("b"), Is.Zero);
        Assert.That(outcome.LastCause, Is.EqualTo("a server error (HTTP 503)"));
        Assert.That(outcome.Retryable, Is.True);
        Assert.That(_chain.CircuitState("a"), Is.Null, "no breaker with the kill switch on");
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task With_the_kill_switch_an_unconfigured_first_step_fails_the_walk_without_a_call(CancellationToken cancellationToken)
    {
        var off = Retrying with { Enabled = false };
        _providers.On("b", Replies.Answer("from b"));

        ChainOutcome<string, string> outcome = await Run(off, cancellationToken, "a!not configured", "b");

        Assert.That(outcome.Attempts, Is.EqualTo(new[] { new ChainAttempt("a", "m1", AttemptOutcome.Skipped, "not configured", 0, 0) }));
        Assert.That(_providers.CallsTo("b"), Is.Zero);
        Assert.That(outcome.LastCause, Is.EqualTo("a: not configured"));
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task AllCauses_lists_every_attempt_in_chain_order(CancellationToken cancellationToken)
    {
        var twice = Retrying with { MaxAttempts = 2, BackoffMs = 0 };
        _providers.On("b", Replies.Transient("b server error (HTTP 502)")).On("c", Replies.Permanent("c refused the request (HTTP 400)"));

        ChainOutcome<string, string> outcome = await Run(twice, cancellationToken, "a!not configured", "b", "c");

        Assert.That(outcome.AllCauses("no provider in the chain"),
            Is.EqualTo("a: not configured; b: b server error (HTTP 502); b: b server error (HTTP 502); c: c refused the request (HTTP 400)"));
        Assert.That(outcome.LastCause, Is.EqualTo("c refused the request (HTTP 400)"));
        Assert.That(outcome.Retryable, Is.False, "the last cause was permanent");
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_walk_over_no_steps_has_no_attempts_and_says_so(CancellationToken cancellationToken)
    {
        ChainOutcome<string, string> outcome = await Run(Retrying, cancellationToken);

        Assert.That(outcome.Succeeded, Is.False);
        Assert.That(outcome.AllCauses("no provider in the chain"), Is.EqualTo("no provider in the chain"));
        Assert.That(outcome.LastCause, Is.Null);
    }

    private Task<ChainOutcome<string, string>> Run(ChainPolicy policy, CancellationToken cancellationToken, params string[] steps)
    {
        _chain = TestChain.Create(policy, _clock);
        return _chain.RunAsync(TestChain.Steps(steps), _providers.AttemptAsync, cancellationToken);
    }
}

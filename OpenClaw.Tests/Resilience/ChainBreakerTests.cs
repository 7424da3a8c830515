using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Tests.Resilience;

/// <summary>The per-provider breaker: repeated transient failures open it, later walks skip the provider, one probe closes it.</summary>
public sealed class ChainBreakerTests
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);
    private static readonly ChainPolicy Breaking = new(true, MaxAttempts: 1, BackoffMs: 0, MaxBackoffMs: 0, AttemptTimeout, CircuitBreaker: true);

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
    public async Task Repeated_transient_failures_open_the_circuit_and_later_walks_skip_the_provider(CancellationToken cancellationToken)
    {
        TestChain chain = TestChain.Create(Breaking, _clock);
        _providers.On("a", Replies.Transient("a server error (HTTP 503)")).On("b", Replies.Answer("from b"));
        for (int walk = 1; walk <= ProviderPipelines.BreakerMinimumThroughput; walk++)
        {
            Assert.That(chain.CircuitState("a"), walk == 1 ? Is.Null : Is.EqualTo("closed"), $"before walk {walk}");
            ChainOutcome<string, string> failing = await Run(chain, cancellationToken);
            Assert.That(failing.Attempts[0].Outcome, Is.EqualTo(AttemptOutcome.Failed));
        }

        Assert.That(chain.CircuitState("a"), Is.EqualTo("open"));
        _clock.Advance(TimeSpan.FromSeconds(10));

        ChainOutcome<string, string> outcome = await Run(chain, cancellationToken);

        Assert.That(outcome.Attempts, Is.EqualTo(new[]
        {
            new ChainAttempt("a", "m1", AttemptOutcome.Skipped, "circuit open after repeated failures; closes in 20000 ms", 0, 0),
            new ChainAttempt("b", "m1", AttemptOutcome.Success, null, 0, 0),
        }));
        Assert.That(_providers.CallsTo("a"), Is.EqualTo(ProviderPipelines.BreakerMinimumThroughput), "a was not called while its circuit was open");
        Assert.That(outcome.Recovered, Is.False, "skipping an open circuit is not a failure");
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task An_open_circuit_as_the_last_cause_is_retryable(CancellationToken cancellationToken)
    {
        TestChain chain = TestChain.Create(Breaking, _clock);
        _providers.On("a", Replies.Transient("a server error (HTTP 503)"));
        for (int walk = 0; walk < ProviderPipelines.BreakerMinimumThroughput; walk++)
        {
            await Run(chain, cancellationToken, "a");
        }

        ChainOutcome<string, string> outcome = await Run(chain, cancellationToken, "a");

        Assert.That(outcome.LastCause, Is.EqualTo("a: circuit open after repeated failures; closes in 30000 ms"));
        Assert.That(outcome.Retryable, Is.True);
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task After_the_break_one_probe_goes_through_and_its_success_closes_the_circuit(CancellationToken cancellationToken)
    {
        TestChain chain = TestChain.Create(Breaking, _clock);
        var replies = Enumerable.Repeat(Replies.Transient("a server error (HTTP 503)"), ProviderPipelines.BreakerMinimumThroughput).Append(Replies.Answer("a is back"));
        _providers.On("a", [.. replies]).On("b", Replies.Answer("from b"));
        for (int walk = 0; walk < ProviderPipelines.BreakerMinimumThroughput; walk++)
        {
            await Run(chain, cancellationToken);
        }

        _clock.Advance(ProviderPipelines.BreakerBreakDuration);
        ChainOutcome<string, string> probe = await Run(chain, cancellationToken);

        Assert.That(probe.AnsweredBy?.Provider, Is.EqualTo("a"));
        Assert.That(probe.Result, Is.EqualTo("a is back"));
        Assert.That(chain.CircuitState("a"), Is.EqualTo("closed"));
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_failure_that_opens_the_circuit_moves_on_at_once_instead_of_backing_off_into_it(CancellationToken cancellationToken)
    {
        TestChain chain = TestChain.Create(Breaking with { MaxAttempts = 3, BackoffMs = 100, MaxBackoffMs = 1_000 }, _clock);
        _providers.On("a", Replies.Transient("a server error (HTTP 503)")).On("b", Replies.Answer("from b"));
        Task<ChainOutcome<string, string>> first = Run(chain, cancellationToken);
        await _clock.AdvanceThroughAsync(TimeSpan.FromMilliseconds(100), cancellationToken);
        await _clock.AdvanceThroughAsync(TimeSpan.FromMilliseconds(200), cancellationToken);
        await first;
        Assert.That(chain.CircuitState("a"), Is.EqualTo("closed"), "three failures are below the breaker's minimum throughput");

        using var watch = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<TimeSpan> backoff = _clock.NextTimerAsync(watch.Token);
        Task<ChainOutcome<string, string>> second = Run(chain, cancellationToken);
        Task finished = await Task.WhenAny(second, backoff);
        await watch.CancelAsync();

        string waited = finished == backoff ? $"a {backoff.Result.TotalMilliseconds} ms backoff" : "no backoff";
        Assert.That(waited, Is.EqualTo("no backoff"), "the fourth failure opened a's circuit: no backoff is waited before a retry the breaker refuses");
        ChainOutcome<string, string> outcome = await second;
        Assert.That(outcome.Attempts.Where(a => a.Outcome == AttemptOutcome.Skipped).Select(a => a.DelayMs), Is.All.Zero,
            "a skipped attempt spends no backoff");
        Assert.That(_providers.Timeline(_clock.Start).Skip(4), Is.EqualTo(new[] { "a@300", "b@300" }), "after the first walk (a three times, then b), a once and b at once");
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Permanent_failures_do_not_open_the_circuit(CancellationToken cancellationToken)
    {
        TestChain chain = TestChain.Create(Breaking, _clock);
        _providers.On("a", Replies.Permanent("a refused the key (HTTP 401)")).On("b", Replies.Answer("from b"));
        for (int walk = 0; walk < 2 * ProviderPipelines.BreakerMinimumThroughput; walk++)
        {
            await Run(chain, cancellationToken);
        }

        Assert.That(chain.CircuitState("a"), Is.EqualTo("closed"));
        Assert.That(_providers.CallsTo("a"), Is.EqualTo(2 * ProviderPipelines.BreakerMinimumThroughput));
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Without_a_breaker_repeated_failures_never_skip_the_provider(CancellationToken cancellationToken)
    {
        TestChain chain = TestChain.Create(Breaking with { CircuitBreaker = false }, _clock);
        _providers.On("a", Replies.Transient("a server error (HTTP 503)")).On("b", Replies.Answer("from b"));
        for (int walk = 0; walk < 2 * ProviderPipelines.BreakerMinimumThroughput; walk++)
        {
            ChainOutcome<string, string> outcome = await Run(chain, cancellationToken);
            Assert.That(outcome.Attempts[0].Outcome, Is.EqualTo(AttemptOutcome.Failed), $"walk {walk}");
        }

        Assert.That(chain.CircuitState("a"), Is.Null);
    }

    private Task<ChainOutcome<string, string>> Run(TestChain chain, CancellationToken cancellationToken, params string[] steps) =>
        chain.RunAsync(TestChain.Steps(steps.Length == 0 ? ["a", "b"] : steps), _providers.AttemptAsync, cancellationToken);
}

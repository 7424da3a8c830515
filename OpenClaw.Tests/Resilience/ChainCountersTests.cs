using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Tests.Resilience;

/// <summary>What a chain counts for runtime.metrics, and when a walk counts as recovered.</summary>
public sealed class ChainCountersTests
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);
    private static readonly ChainPolicy Twice = new(true, MaxAttempts: 2, BackoffMs: 0, MaxBackoffMs: 0, AttemptTimeout, CircuitBreaker: false);

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
    public async Task Every_attempt_is_counted_per_provider_and_outcome_and_each_recovery_per_answering_provider(CancellationToken cancellationToken)
    {
        TestChain chain = TestChain.Create(Twice, _clock);
        _providers.On("a", Replies.Transient("a server error (HTTP 503)"), Replies.Transient("again"), Replies.Answer("a is back"))
            .On("b", Replies.Answer("from b"));

        ChainOutcome<string, string> recovered = await chain.RunAsync(TestChain.Steps("s!not configured", "a", "b"), _providers.AttemptAsync, cancellationToken);
        ChainOutcome<string, string> direct = await chain.RunAsync(TestChain.Steps("a", "b"), _providers.AttemptAsync, cancellationToken);

        Assert.That(recovered.AnsweredBy?.Provider, Is.EqualTo("b"));
        Assert.That(recovered.Recovered, Is.True);
        Assert.That(direct.AnsweredBy?.Provider, Is.EqualTo("a"));
        Assert.That(direct.Recovered, Is.False);
        Assert.That(chain.Counters.Attempts().Select(c => $"{c.Name}{{{c.Labels["provider"]},{c.Labels["outcome"]}}}={c.Value}"), Is.EqualTo(new[]
        {
            "test.attempts{a,failed}=2",
            "test.attempts{a,success}=1",
            "test.attempts{b,success}=1",
            "test.attempts{s,skipped}=1",
        }));
        Assert.That(chain.Counters.Recoveries().Select(c => $"{c.Name}{{{c.Labels["provider"]}}}={c.Value}"), Is.EqualTo(new[] { "test.recoveries{b}=1" }));
        Assert.That(chain.Counters.Providers(), Is.EqualTo(new[] { "a", "b", "s" }));
        Assert.That(chain.Log, Does.Contain("test: recovered on b/m1"));
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_walk_where_nothing_answered_is_counted_but_is_no_recovery(CancellationToken cancellationToken)
    {
        TestChain chain = TestChain.Create(Twice, _clock);
        _providers.On("a", Replies.Permanent("a refused the key (HTTP 401)"));

        ChainOutcome<string, string> outcome = await chain.RunAsync(TestChain.Steps("a"), _providers.AttemptAsync, cancellationToken);

        Assert.That(outcome.Recovered, Is.False);
        Assert.That(chain.Counters.Attempts().Single().Value, Is.EqualTo(1));
        Assert.That(chain.Counters.Recoveries(), Is.Empty);
    }
}

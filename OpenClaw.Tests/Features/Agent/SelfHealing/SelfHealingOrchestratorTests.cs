using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Resilience;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent.SelfHealing;

/// <summary>The self-healing orchestrator against a scripted local server: each failure class and what the run reports.</summary>
public sealed class SelfHealingOrchestratorTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task A_failing_primary_recovers_on_the_fallback_with_every_attempt_visible(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.Error(500)).Always("b", LlmReply.OpenAiText("from b"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", cancellationToken: cancellationToken));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("from b"));
        Assert.That(result.GetProperty("provider").GetString(), Is.EqualTo("b"));
        JsonElement healing = AgentConfig.SelfHealing(result);
        Assert.That(healing.GetProperty("recovered").GetBoolean(), Is.True);
        Assert.That(healing.GetProperty("enabled").GetBoolean(), Is.True);
        Assert.That(healing.GetProperty("track").GetString(), Is.EqualTo("core"));
        Assert.That(healing.GetProperty("policy").GetProperty("maxAttempts").GetInt32(), Is.EqualTo(2));
        Assert.That(AgentConfig.Attempts(healing), Is.EqualTo(new[] { "a/m1:failed", "a/m1:failed", "b/m1:success" }));
        Assert.That(healing.GetProperty("attempts")[0].GetProperty("reason").GetString(), Is.EqualTo("a server error (HTTP 500, server_error)"));
        Assert.That(server.RequestsTo("a"), Has.Count.EqualTo(2));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Retry_after_from_a_429_is_waited_exactly_on_the_injected_clock(CancellationToken cancellationToken)
    {
        var clock = new ObservedTimeProvider();
        await using var server = new FakeLlmServer(clock)
            .Script("a", LlmReply.Error(429, headers: new Dictionary<string, string> { ["Retry-After"] = "2" }), LlmReply.OpenAiText("after the wait"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, selfHealing: "{\"backoffMs\":10,\"maxBackoffMs\":100}"),
            environment: AgentConfig.Environment(), time: clock);
        Task<JsonElement> call = harness.CallAsync("agent.run", "{\"message\":\"hi\"}", cancellationToken: cancellationToken);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(2)).WaitAsync(cancellationToken);
        clock.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.That(server.RequestsTo("a"), Has.Count.EqualTo(1), "the retry must wait for Retry-After");
        clock.Advance(TimeSpan.FromMilliseconds(1));
        JsonElement result = JsonAssert.Result(await call);
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("after the wait"));
        JsonElement attempts = AgentConfig.SelfHealing(result).GetProperty("attempts");
        Assert.That(attempts[0].GetProperty("reason").GetString(), Is.EqualTo("a is rate limiting (HTTP 429, server_error, retry after 2000 ms)"));
        Assert.That(attempts[1].GetProperty("delayMs").GetInt64(), Is.EqualTo(2000), "Retry-After wins over maxBackoffMs");
        IReadOnlyList<LlmRequest> sent = server.RequestsTo("a");
        Assert.That(sent, Has.Count.EqualTo(2));
        // The clock moves only when the test advances it, so the retry's arrival time tells when it was released.
        Assert.That(sent[1].ReceivedAt - sent[0].ReceivedAt, Is.EqualTo(TimeSpan.FromSeconds(2)), "the retry left when the clock reached Retry-After, not before");
    }

    [TestCase(0.0, 80, 160)]
    [TestCase(0.5, 100, 200)]
    [CancelAfter(30_000)]
    public async Task Backoff_doubles_per_retry_and_is_spread_by_the_injected_jitter(double jitter, long firstDelay, long secondDelay,
        CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer()
            .Script("a", LlmReply.Error(503), LlmReply.Error(503), LlmReply.OpenAiText("third time"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, selfHealing: "{\"maxAttempts\":3,\"backoffMs\":100}"),
            environment: AgentConfig.Environment(), extra: builder => builder.Services.AddSingleton(new Jitter(() => jitter)));

        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", cancellationToken: cancellationToken));

        JsonElement attempts = AgentConfig.SelfHealing(result).GetProperty("attempts");
        Assert.That(attempts.EnumerateArray().Select(a => a.GetProperty("delayMs").GetInt64()), Is.EqualTo(new[] { 0, firstDelay, secondDelay }),
            "backoffMs doubled per retry, times 0.8 + 0.4 x jitter");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_refused_key_moves_to_the_next_provider_at_once_without_retry(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer()
            .Always("k", LlmReply.Error(401, "{\"error\":{\"code\":\"invalid_api_key\",\"message\":\"Incorrect API key sk-test-agent-secret-7781\"}}"))
            .Always("b", LlmReply.OpenAiText("ok"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, primary: "k/m1", selfHealing: "{\"maxAttempts\":3,\"backoffMs\":0}"),
            environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", cancellationToken: cancellationToken));
        JsonElement healing = AgentConfig.SelfHealing(result);
        Assert.That(AgentConfig.Attempts(healing), Is.EqualTo(new[] { "k/m1:failed", "b/m1:success" }));
        Assert.That(healing.GetProperty("attempts")[0].GetProperty("reason").GetString(),
            Is.EqualTo("k refused the key (HTTP 401, invalid_api_key); check TEST_LLM_KEY"));
        Assert.That(server.RequestsTo("k").Single().Headers["Authorization"], Is.EqualTo($"Bearer {AgentConfig.Key}"));
        AgentConfig.AssertNoSecret(harness, result);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_provider_that_hangs_is_stopped_by_the_attempt_timeout(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.Hang(10_000)).Always("b", LlmReply.OpenAiText("ok"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, selfHealing: "{\"backoffMs\":0,\"attemptTimeoutMs\":200}"),
            environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", cancellationToken: cancellationToken));
        JsonElement healing = AgentConfig.SelfHealing(result);
        Assert.That(AgentConfig.Attempts(healing), Is.EqualTo(new[] { "a/m1:timeout", "a/m1:timeout", "b/m1:success" }));
        Assert.That(healing.GetProperty("attempts")[0].GetProperty("reason").GetString(), Is.EqualTo("timed out after 200 ms"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_stream_cut_before_any_text_is_retried(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a", LlmReply.OpenAiStream([], finish: false, cut: true), LlmReply.OpenAiStream(["he", "llo"]));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"progressToken\":\"t\"}", cancellationToken: cancellationToken));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("hello"));
        Assert.That(AgentConfig.Attempts(AgentConfig.SelfHealing(result)), Is.EqualTo(new[] { "a/m1:failed", "a/m1:success" }));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_stream_cut_after_text_was_sent_is_reported_and_never_replayed(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiStream(["part one ", "part two"], finish: false, cut: true))
            .Always("b", LlmReply.OpenAiStream(["other"]));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement response = await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"progressToken\":\"t\"}", cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32016, "agentFailed");
        JsonElement error = response.GetProperty("error");
        Assert.That(error.GetProperty("message").GetString(), Does.StartWith("agent run failed: a: the stream"));
        Assert.That(error.GetProperty("message").GetString(), Does.Contain("interrupted after 17 characters were sent, so it is not replayed"));
        Assert.That(AgentConfig.Attempts(AgentConfig.SelfHealing(error.GetProperty("data"))), Is.EqualTo(new[] { "a/m1:failed" }));
        Assert.That(server.RequestsTo("a"), Has.Count.EqualTo(1));
        Assert.That(server.RequestsTo("b"), Is.Empty);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Malformed_json_goes_to_the_next_provider_without_retry(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.Malformed()).Always("b", LlmReply.OpenAiText("ok"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", cancellationToken: cancellationToken));
        JsonElement healing = AgentConfig.SelfHealing(result);
        Assert.That(AgentConfig.Attempts(healing), Is.EqualTo(new[] { "a/m1:failed", "b/m1:success" }));
        Assert.That(healing.GetProperty("attempts")[0].GetProperty("reason").GetString(), Is.EqualTo("a answered with malformed JSON"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task When_everything_fails_the_error_is_deterministic_and_names_the_last_cause(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.Error(500)).Always("b", LlmReply.Error(503));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, fallbacks: ["openai/gpt-4o-mini", "b/m1"]),
            environment: AgentConfig.Environment());
        string[] Shape(JsonElement response) =>
        [
            response.GetProperty("error").GetProperty("code").GetRawText(),
            response.GetProperty("error").GetProperty("message").GetString()!,
            .. AgentConfig.SelfHealing(response.GetProperty("error").GetProperty("data")).GetProperty("attempts").EnumerateArray()
                .Select(a => $"{a.GetProperty("provider")}|{a.GetProperty("model")}|{a.GetProperty("outcome")}|{a.GetProperty("reason")}"),
        ];
        JsonElement first = await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", id: 1, cancellationToken: cancellationToken);
        JsonElement second = await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", id: 2, cancellationToken: cancellationToken);
        JsonAssert.IsError(first, -32016, "agentFailed");
        Assert.That(Shape(second), Is.EqualTo(Shape(first)));
        Assert.That(Shape(first), Is.EqualTo(new[]
        {
            "-32016", "agent run failed: b server error (HTTP 503, server_error)",
            "a|m1|failed|a server error (HTTP 500, server_error)", "a|m1|failed|a server error (HTTP 500, server_error)",
            "openai|gpt-4o-mini|skipped|not configured: OPENAI_API_KEY is not set",
            "b|m1|failed|b server error (HTTP 503, server_error)", "b|m1|failed|b server error (HTTP 503, server_error)",
        }));
        JsonElement data = first.GetProperty("error").GetProperty("data");
        Assert.That(data.GetProperty("retryable").GetBoolean(), Is.True);
        Assert.That(AgentConfig.SelfHealing(data).GetProperty("recovered").GetBoolean(), Is.False);
        Assert.That(AgentConfig.SelfHealing(data).GetProperty("attempts")[2].GetProperty("delayMs").GetInt64(), Is.Zero,
            "an unconfigured provider costs no backoff");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task The_kill_switch_makes_one_attempt_on_the_primary_and_still_reports_it(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.Error(500)).Always("b", LlmReply.OpenAiText("ok"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, selfHealing: "{\"enabled\":false,\"maxAttempts\":4}"),
            environment: AgentConfig.Environment());
        JsonElement response = await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32016, "agentFailed");
        JsonElement healing = AgentConfig.SelfHealing(response.GetProperty("error").GetProperty("data"));
        Assert.That(healing.GetProperty("enabled").GetBoolean(), Is.False);
        Assert.That(AgentConfig.Attempts(healing), Is.EqualTo(new[] { "a/m1:failed" }));
        Assert.That(server.RequestsTo("b"), Is.Empty);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_context_overflow_stops_the_chain(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer()
            .Always("a", LlmReply.Error(400, "{\"error\":{\"code\":\"context_length_exceeded\",\"message\":\"maximum context length is 8192 tokens\"}}"))
            .Always("b", LlmReply.OpenAiText("ok"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement response = await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32016, "agentFailed");
        Assert.That(response.GetProperty("error").GetProperty("message").GetString(),
            Is.EqualTo("agent run failed: a: the conversation is too long for the model (HTTP 400, context_length_exceeded)"));
        Assert.That(server.RequestsTo("b"), Is.Empty);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task The_run_timeout_bounds_the_whole_chain(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.Hang(10_000)).Always("b", LlmReply.Hang(10_000));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, selfHealing: "{\"backoffMs\":0}"), environment: AgentConfig.Environment());
        JsonElement response = await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"timeoutMs\":300}", cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32016, "agentFailed");
        Assert.That(response.GetProperty("error").GetProperty("message").GetString(), Is.EqualTo("agent run failed: the run timed out after 300 ms"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Junk_in_the_stream_after_text_was_sent_stops_the_chain_instead_of_streaming_a_second_answer(CancellationToken cancellationToken)
    {
        LlmReply broken = LlmReply.OpenAiStream(["first ", "part"], finish: false) is var stream
            ? stream with { Chunks = [.. stream.Chunks, "data: {not json\n\n"] }
            : throw new InvalidOperationException();
        await using var server = new FakeLlmServer().Always("a", broken).Always("b", LlmReply.OpenAiStream(["other"]));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement response = await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"progressToken\":\"t\"}", cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32016, "agentFailed");
        Assert.That(response.GetProperty("error").GetProperty("message").GetString(),
            Is.EqualTo("agent run failed: a answered with malformed JSON; the stream was interrupted after 10 characters were sent, so it is not replayed"));
        Assert.That(server.RequestsTo("b"), Is.Empty);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_timeout_inside_the_http_stack_is_a_transient_failure_not_a_cancellation(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("b", LlmReply.OpenAiText("from b"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, selfHealing: "{\"backoffMs\":0}"), environment: AgentConfig.Environment(),
            extra: builder => builder.Services.AddSingleton(services =>
                new ProviderHttp(() => new ConnectTimingOut(server.BaseUrl("a")), TimeProvider.System)));
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", cancellationToken: cancellationToken));
        JsonElement healing = AgentConfig.SelfHealing(result);
        Assert.That(AgentConfig.Attempts(healing), Is.EqualTo(new[] { "a/m1:failed", "a/m1:failed", "b/m1:success" }));
        Assert.That(healing.GetProperty("attempts")[0].GetProperty("reason").GetString(), Is.EqualTo("the connection timed out"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_retry_after_longer_than_the_run_has_left_moves_on_to_the_next_provider(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer()
            .Always("a", LlmReply.Error(429, headers: new Dictionary<string, string> { ["Retry-After"] = "60" }))
            .Always("b", LlmReply.OpenAiText("from b"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"timeoutMs\":5000}", cancellationToken: cancellationToken));
        Assert.That(AgentConfig.Attempts(AgentConfig.SelfHealing(result)), Is.EqualTo(new[] { "a/m1:failed", "b/m1:success" }));
        Assert.That(server.RequestsTo("a"), Has.Count.EqualTo(1));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task The_kill_switch_with_an_unconfigured_primary_fails_without_trying_the_fallback(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("b", LlmReply.OpenAiText("from b"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, primary: "k/m1", selfHealing: "{\"enabled\":false}"));
        JsonElement response = await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32016, "agentFailed");
        Assert.That(response.GetProperty("error").GetProperty("message").GetString(), Is.EqualTo("agent run failed: k: not configured: TEST_LLM_KEY is not set"));
        Assert.That(server.Requests, Is.Empty);
    }

    /// <summary>Times out inside the HTTP stack (as a connect timeout does) for one host; passes the rest to sockets.</summary>
    private sealed class ConnectTimingOut(string failing) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request.RequestUri!.ToString().StartsWith(failing, StringComparison.Ordinal)
                ? throw new TaskCanceledException("connect timed out", new TimeoutException())
                : base.SendAsync(request, cancellationToken);
    }

    /// <summary>A fake clock that also tells when a timer of a given due time was created, so a test advances it only then.</summary>
    private sealed class ObservedTimeProvider : FakeTimeProvider
    {
        private readonly List<(TimeSpan Due, TaskCompletionSource Seen)> _waiters = [];
        private readonly List<TimeSpan> _created = [];

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            ITimer timer = base.CreateTimer(callback, state, dueTime, period);
            lock (_waiters)
            {
                _created.Add(dueTime);
                foreach ((TimeSpan due, TaskCompletionSource seen) in _waiters.Where(w => w.Due == dueTime))
                {
                    seen.TrySetResult();
                }
            }

            return timer;
        }

        public Task WaitForTimerAsync(TimeSpan dueTime)
        {
            lock (_waiters)
            {
                var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                if (_created.Contains(dueTime))
                {
                    seen.SetResult();
                }

                _waiters.Add((dueTime, seen));
                return seen.Task.WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
    }
}

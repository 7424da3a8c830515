using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Resilience;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent;

/// <summary>The corners of self-healing: failures after streamed text, timeouts of the HTTP stack, long Retry-After, queued runs.</summary>
public sealed class SelfHealingEdgeCaseTests
{
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
    [CancelAfter(30_000)]
    public async Task A_run_waiting_for_its_session_is_bounded_by_its_timeout(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiText("slow") with { HangMs = 3000 });
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"agent.run\",\"params\":{\"message\":\"one\",\"sessionKey\":\"q\"}}");
        await server.WaitForRequestsAsync("a", 1, cancellationToken);

        JsonElement second = await harness.CallAsync("agent.run", "{\"message\":\"two\",\"sessionKey\":\"q\",\"timeoutMs\":300}", id: 2, cancellationToken: cancellationToken);
        JsonAssert.IsError(second, -32016, "agentFailed");
        Assert.That(second.GetProperty("error").GetProperty("message").GetString(),
            Is.EqualTo("agent run failed: the run timed out after 300 ms waiting for its session or a run slot"));
        Assert.That(server.RequestsTo("a"), Has.Count.EqualTo(1), "the queued run never reached the provider");
    }

    [TestCase(true, "a/m1:success")]
    [TestCase(false, "a/m1:failed,a/m1:success")]
    [CancelAfter(60_000)]
    public async Task A_stream_that_says_done_without_a_finish_reason_counts_only_when_it_carried_text(bool withText, string attempts, CancellationToken cancellationToken)
    {
        LlmReply Done(string[] deltas) => LlmReply.OpenAiStream(deltas, finish: false) is var s ? s with { Chunks = [.. s.Chunks, "data: [DONE]\n\n"] } : s;
        await using var server = new FakeLlmServer().Script("a", Done(withText ? ["hello"] : []), Done(["again"]));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"progressToken\":\"t\"}", cancellationToken: cancellationToken));
        Assert.That(string.Join(",", AgentConfig.Attempts(AgentConfig.SelfHealing(result))), Is.EqualTo(attempts));
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

    [Test]
    [CancelAfter(60_000)]
    public async Task Openai_compatible_requests_carry_max_tokens_only_when_the_model_sets_it(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiText("ok"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"model\":\"a/m2\"}", id: 1, cancellationToken: cancellationToken));
        JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"model\":\"a/m1\"}", id: 2, cancellationToken: cancellationToken));
        Assert.That(server.RequestsTo("a")[0].Json.GetProperty("max_tokens").GetInt32(), Is.EqualTo(99));
        Assert.That(server.RequestsTo("a")[1].Json.TryGetProperty("max_tokens", out _), Is.False);
    }

    /// <summary>Times out inside the HTTP stack (as a connect timeout does) for one host; passes the rest to sockets.</summary>
    private sealed class ConnectTimingOut(string failing) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request.RequestUri!.ToString().StartsWith(failing, StringComparison.Ordinal)
                ? throw new TaskCanceledException("connect timed out", new TimeoutException())
                : base.SendAsync(request, cancellationToken);
    }
}

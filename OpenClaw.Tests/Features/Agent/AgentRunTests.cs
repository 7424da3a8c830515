using System.Text.Json;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent;

/// <summary>
/// agent.run end to end against a local fake server: the answer, streamed deltas, the chain it walks, its params, sessions and
/// cancellation. Each provider API is in Providers/, recovery from failures in SelfHealing/.
/// </summary>
public sealed class AgentRunTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task An_openai_compatible_answer_carries_text_usage_and_telemetry(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("k", LlmReply.OpenAiText("hello there"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, primary: "k/m2"), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"system\":\"be brief\"}", cancellationToken: cancellationToken));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("hello there"));
        Assert.That(result.GetProperty("model").GetString(), Is.EqualTo("m2"));
        Assert.That(result.GetProperty("finishReason").GetString(), Is.EqualTo("stop"));
        Assert.That(result.GetProperty("usage").GetProperty("totalTokens").GetInt32(), Is.EqualTo(18));
        Assert.That(AgentConfig.SelfHealing(result).GetProperty("recovered").GetBoolean(), Is.False);
        LlmRequest request = server.RequestsTo("k").Single();
        Assert.That(request.Path, Is.EqualTo("/k/v1/chat/completions"));
        JsonElement body = request.Json;
        Assert.That(body.GetProperty("model").GetString(), Is.EqualTo("m2"));
        Assert.That(body.GetProperty("stream").GetBoolean(), Is.False);
        Assert.That(body.GetProperty("messages").GetRawText(),
            Is.EqualTo("[{\"role\":\"system\",\"content\":\"be brief\"},{\"role\":\"user\",\"content\":\"hi\"}]"));
        AgentConfig.AssertNoSecret(harness, result);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task With_a_progress_token_every_delta_arrives_as_progress_before_the_answer(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiStream(["Hel", "lo, ", "world"]));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"agent.run\",\"params\":{\"message\":\"hi\",\"progressToken\":42}}");
        var deltas = new List<string>();
        JsonElement message;
        while (!(message = await harness.ReadAsync(cancellationToken)).TryGetProperty("id", out _))
        {
            Assert.That(message.GetProperty("method").GetString(), Is.EqualTo("$/progress"));
            Assert.That(message.GetProperty("params").GetProperty("token").GetInt32(), Is.EqualTo(42));
            deltas.Add(message.GetProperty("params").GetProperty("value").GetProperty("delta").GetString()!);
        }

        JsonElement result = JsonAssert.Result(message);
        Assert.That(deltas, Is.EqualTo(new[] { "Hel", "lo, ", "world" }));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("Hello, world"));
        Assert.That(result.GetProperty("usage").GetProperty("totalTokens").GetInt32(), Is.EqualTo(8));
        Assert.That(result.GetProperty("timings").TryGetProperty("firstDeltaMs", out _), Is.True);
        Assert.That(server.RequestsTo("a").Single().Json.GetProperty("stream").GetBoolean(), Is.True);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_requested_model_goes_first_then_the_default_chain(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("b", LlmReply.Error(500)).Always("a", LlmReply.OpenAiText("from a"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, selfHealing: "{\"maxAttempts\":1}"), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"model\":\"b/m2\"}", cancellationToken: cancellationToken));
        Assert.That(AgentConfig.Attempts(AgentConfig.SelfHealing(result)), Is.EqualTo(new[] { "b/m2:failed", "a/m1:success" }));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Well_known_providers_without_keys_are_skipped_and_the_error_says_what_to_set(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start();
        JsonElement response = await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32016, "agentFailed");
        Assert.That(response.GetProperty("error").GetProperty("message").GetString(),
            Is.EqualTo("agent run failed: no provider is configured; set OPENAI_API_KEY or declare models.providers"));
        Assert.That(AgentConfig.SelfHealing(response.GetProperty("error").GetProperty("data")).GetProperty("attempts").GetArrayLength(), Is.Zero);
    }

    [TestCase("{}", "$.message")]
    [TestCase("{\"message\":\"  \"}", "$.message")]
    [TestCase("{\"message\":\"hi\",\"timeoutMs\":5}", "$.timeoutMs")]
    [TestCase("{\"message\":\"hi\",\"provider\":\"nope\"}", "$.provider")]
    [TestCase("{\"message\":\"hi\",\"sessionKey\":\"\"}", "$.sessionKey")]
    [CancelAfter(60_000)]
    public async Task Bad_params_are_invalid_params_naming_the_member(string parameters, string path, CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer();
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement response = await harness.CallAsync("agent.run", parameters, cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32602, "invalidParams");
        Assert.That(response.GetProperty("error").GetProperty("data").GetProperty("path").GetString(), Is.EqualTo(path));
        Assert.That(server.Requests, Is.Empty);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_key_read_through_apiKeyEnv_is_sent_and_never_shown(CancellationToken cancellationToken)
    {
        const string credential = "plain-looking-credential-4242";
        await using var server = new FakeLlmServer().Always("p", LlmReply.OpenAiText("ok"));
        string config = $"{{\"models\":{{\"providers\":{{\"p\":{{\"baseUrl\":\"{server.BaseUrl("p")}\",\"apiKeyEnv\":\"MY_LLM\",\"models\":[\"m\"]}}}}}}}}";
        await using var harness = RpcHarness.Start(configJson: config, environment: new Dictionary<string, string> { ["MY_LLM"] = credential });
        JsonElement[] outputs =
        [
            JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", id: 1, cancellationToken: cancellationToken)),
            JsonAssert.Result(await harness.CallAsync("agent.providers", id: 2, cancellationToken: cancellationToken)),
            JsonAssert.Result(await harness.CallAsync("config.get", id: 3, cancellationToken: cancellationToken)),
            JsonAssert.Result(await harness.CallAsync("doctor", id: 4, cancellationToken: cancellationToken)),
        ];
        Assert.That(server.RequestsTo("p").Single().Headers["Authorization"], Is.EqualTo($"Bearer {credential}"));
        foreach (JsonElement output in outputs)
        {
            Assert.That(output.GetRawText(), Does.Not.Contain(credential));
        }

        Assert.That(harness.Log, Does.Not.Contain(credential));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task The_history_of_a_session_feeds_the_next_run_and_both_turns_are_saved(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a", LlmReply.OpenAiText("Hello Ada"), LlmReply.OpenAiText("You are Ada"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement first = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"I am Ada\",\"sessionKey\":\"demo\"}", id: 1, cancellationToken: cancellationToken));
        JsonElement second = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"Who am I?\",\"sessionKey\":\"demo\"}", id: 2, cancellationToken: cancellationToken));
        Assert.That(second.GetProperty("sessionId").GetString(), Is.EqualTo(first.GetProperty("sessionId").GetString()));
        Assert.That(second.GetProperty("timings").GetProperty("historyMessages").GetInt32(), Is.EqualTo(2));
        Assert.That(server.RequestsTo("a")[1].Json.GetProperty("messages").GetRawText(), Is.EqualTo(
            "[{\"role\":\"user\",\"content\":\"I am Ada\"},{\"role\":\"assistant\",\"content\":\"Hello Ada\"},{\"role\":\"user\",\"content\":\"Who am I?\"}]"));

        JsonElement history = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"demo\"}", id: 3, cancellationToken: cancellationToken));
        JsonElement[] messages = [.. history.GetProperty("messages").EnumerateArray()];
        Assert.That(messages.Select(m => $"{m.GetProperty("role").GetString()}: {m.GetProperty("text").GetString()}"),
            Is.EqualTo(new[] { "user: I am Ada", "assistant: Hello Ada", "user: Who am I?", "assistant: You are Ada" }));
        Assert.That(messages[3].GetProperty("provider").GetString(), Is.EqualTo("a"));
        Assert.That(messages[3].GetProperty("model").GetString(), Is.EqualTo("m1"));
        Assert.That(messages[3].GetProperty("usage").GetProperty("totalTokens").GetInt32(), Is.EqualTo(18));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_failed_run_leaves_the_transcript_as_it_was(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a", LlmReply.OpenAiText("first answer")).Always("b", LlmReply.Error(500));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, selfHealing: "{\"maxAttempts\":1}"), environment: AgentConfig.Environment());
        JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"one\",\"sessionKey\":\"s\"}", id: 1, cancellationToken: cancellationToken));
        server.Always("a", LlmReply.Error(500));
        JsonAssert.IsError(await harness.CallAsync("agent.run", "{\"message\":\"two\",\"sessionKey\":\"s\"}", id: 2, cancellationToken: cancellationToken), -32016, "agentFailed");
        JsonElement history = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"s\"}", id: 3, cancellationToken: cancellationToken));
        Assert.That(history.GetProperty("total").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Two_runs_on_one_session_are_served_one_after_the_other(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiText("answer") with { HangMs = 200 });
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"agent.run\",\"params\":{\"message\":\"one\",\"sessionKey\":\"q\"}}");
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"agent.run\",\"params\":{\"message\":\"two\",\"sessionKey\":\"q\"}}");
        JsonAssert.Result(await harness.ReadAsync(cancellationToken));
        JsonAssert.Result(await harness.ReadAsync(cancellationToken));
        IReadOnlyList<LlmRequest> requests = server.RequestsTo("a");
        Assert.That(requests.Select(r => r.Json.GetProperty("messages").GetArrayLength()).Order(), Is.EqualTo(new[] { 1, 3 }),
            "the second run sees the first one's turn");
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

    [Test]
    [CancelAfter(30_000)]
    public async Task Cancelling_mid_stream_aborts_the_upstream_request(CancellationToken cancellationToken)
    {
        string[] deltas = [.. Enumerable.Range(0, 100).Select(i => $"w{i} ")];
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiStream(deltas, chunkDelayMs: 50));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"agent.run\",\"params\":{\"message\":\"hi\",\"progressToken\":\"p\"}}");
        JsonElement progress = await harness.ReadAsync(cancellationToken);
        Assert.That(progress.GetProperty("method").GetString(), Is.EqualTo("$/progress"));
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":7}}");
        JsonElement response;
        do
        {
            response = await harness.ReadAsync(cancellationToken);
        }
        while (!response.TryGetProperty("id", out _));
        JsonAssert.IsError(response, -32800, "cancelled");
        await server.WaitForAbortedStreamAsync(cancellationToken);
        Assert.That(server.AbortedStreams, Is.EqualTo(1), "the upstream stream must be abandoned, not read to the end");
        Assert.That(server.RequestsTo("a"), Has.Count.EqualTo(1), "cancellation never retries");
    }
}

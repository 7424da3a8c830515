using System.Text.Json;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent;

/// <summary>agent.run with a sessionKey: history feeds the next run, turns land in the transcript, runs on one session queue up.</summary>
public sealed class AgentSessionTests
{
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
}

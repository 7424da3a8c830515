using System.Text.Json;
using OpenClaw.Rpc.Features.Acp;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Acp;

/// <summary>session/prompt and session/cancel: stop reasons, cancellation that stores nothing, and self-healing as in agent.run.</summary>
public sealed class AcpPromptTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Cancel_answers_cancelled_aborts_the_upstream_stream_and_stores_nothing(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer()
            .Script("a", LlmReply.OpenAiStream(["kept answer"]), LlmReply.OpenAiStream(["one ", "two ", "three"], chunkDelayMs: 1_000));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment(), dialect: AcpDialect.Name);
        var acp = new AcpConnection(harness);
        string sessionId = await acp.NewSessionAsync("/tmp", cancellationToken);
        await acp.PromptAsync(sessionId, "kept question", cancellationToken);

        int id = await acp.SendRequestAsync("session/prompt", $"{{\"sessionId\":\"{sessionId}\",\"prompt\":[{{\"type\":\"text\",\"text\":\"long story\"}}]}}");
        JsonElement first = await acp.ReadUpdateAsync(cancellationToken);
        Assert.That(first.GetProperty("content").GetProperty("text").GetString(), Is.EqualTo("one "));
        await acp.NotifyAsync("session/cancel", $"{{\"sessionId\":\"{sessionId}\"}}");
        AcpExchange answer = await acp.ReadAnswerAsync("session/prompt", id, cancellationToken);
        Assert.That(JsonAssert.Result(answer.Response).GetProperty("stopReason").GetString(), Is.EqualTo("cancelled"));
        await server.WaitForAbortedStreamAsync(cancellationToken);

        await using var reader = RpcHarness.Start(stateDir: harness.StateDir);
        JsonElement history = JsonAssert.Result(await reader.CallAsync("sessions.history", $"{{\"sessionKey\":\"{sessionId}\"}}", cancellationToken: cancellationToken));
        Assert.That(history.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()),
            Is.EqualTo(new[] { "kept question", "kept answer" }), "the cancelled turn is not stored and nothing earlier is lost");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_failing_primary_is_ridden_out_by_the_fallback(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.Error(500)).Always("b", LlmReply.OpenAiStream(["from the fallback"]));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, selfHealing: "{\"maxAttempts\":1,\"backoffMs\":0}"),
            environment: AgentConfig.Environment(), dialect: AcpDialect.Name);
        var acp = new AcpConnection(harness);
        AcpExchange prompt = await acp.PromptAsync(await acp.NewSessionAsync("/tmp", cancellationToken), "hi", cancellationToken);
        Assert.That(JsonAssert.Result(prompt.Response).GetProperty("stopReason").GetString(), Is.EqualTo("end_turn"));
        Assert.That(prompt.AgentText, Is.EqualTo("from the fallback"));
        Assert.That(server.RequestsTo("a"), Has.Count.EqualTo(1));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task When_every_provider_fails_the_error_is_agent_runs_with_its_report(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.Error(500)).Always("b", LlmReply.Error(503));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, selfHealing: "{\"maxAttempts\":1,\"backoffMs\":0}"),
            environment: AgentConfig.Environment(), dialect: AcpDialect.Name);
        var acp = new AcpConnection(harness);
        JsonElement response = (await acp.PromptAsync(await acp.NewSessionAsync("/tmp", cancellationToken), "hi", cancellationToken)).Response;
        JsonAssert.IsError(response, -32016, "agentFailed");
        Assert.That(AgentConfig.Attempts(AgentConfig.SelfHealing(response.GetProperty("error").GetProperty("data"))), Is.EqualTo(new[] { "a/m1:failed", "b/m1:failed" }));
    }

    [TestCase("length", "max_tokens")]
    [TestCase("content_filter", "refusal")]
    [TestCase("stop", "end_turn")]
    [CancelAfter(60_000)]
    public async Task The_finish_reason_becomes_the_stop_reason(string finishReason, string stopReason, CancellationToken cancellationToken)
    {
        LlmReply reply = LlmReply.OpenAiStream(["partial"]);
        await using var server = new FakeLlmServer().Always("a", reply with { Chunks = [.. reply.Chunks.Select(c => c.Replace("\"stop\"", $"\"{finishReason}\"", StringComparison.Ordinal))] });
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment(), dialect: AcpDialect.Name);
        var acp = new AcpConnection(harness);
        AcpExchange prompt = await acp.PromptAsync(await acp.NewSessionAsync("/tmp", cancellationToken), "hi", cancellationToken);
        Assert.That(JsonAssert.Result(prompt.Response).GetProperty("stopReason").GetString(), Is.EqualTo(stopReason));
        Assert.That(prompt.AgentText, Is.EqualTo("partial"));
    }

    [TestCase("max_tokens", "max_tokens")]
    [TestCase("refusal", "refusal")]
    [CancelAfter(60_000)]
    public async Task Anthropic_stop_reasons_become_the_stop_reason(string anthropicReason, string stopReason, CancellationToken cancellationToken)
    {
        LlmReply reply = LlmReply.AnthropicStream(["partial"]);
        await using var server = new FakeLlmServer().Always("c", reply with
        {
            Chunks = [.. reply.Chunks.Select(c => c.Replace("\"stop_reason\":\"end_turn\"", $"\"stop_reason\":\"{anthropicReason}\"", StringComparison.Ordinal))],
        });
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, primary: "c/claude-test", fallbacks: []), environment: AgentConfig.Environment(),
            dialect: AcpDialect.Name);
        var acp = new AcpConnection(harness);
        AcpExchange prompt = await acp.PromptAsync(await acp.NewSessionAsync("/tmp", cancellationToken), "hi", cancellationToken);
        Assert.That(JsonAssert.Result(prompt.Response).GetProperty("stopReason").GetString(), Is.EqualTo(stopReason));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Resource_links_and_embedded_text_reach_the_model_as_text(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiStream(["ok"]));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment(), dialect: AcpDialect.Name);
        var acp = new AcpConnection(harness);
        string sessionId = await acp.NewSessionAsync("/tmp", cancellationToken);
        JsonAssert.Result((await acp.RequestAsync("session/prompt", $$$"""
            {"sessionId":"{{{sessionId}}}","prompt":[
              {"type":"text","text":"Explain"},
              {"type":"resource_link","name":"main.c","uri":"file:///src/main.c"},
              {"type":"resource","resource":{"uri":"file:///src/util.h","mimeType":"text/x-c","text":"int add(int, int);"}}]}
            """, cancellationToken)).Response);
        JsonElement sent = server.RequestsTo("a").Single().Json.GetProperty("messages").EnumerateArray().Last();
        Assert.That(sent.GetProperty("content").GetString(),
            Is.EqualTo("Explain\n\n[main.c](file:///src/main.c)\n\nfile:///src/util.h:\n```\nint add(int, int);\n```"));
    }
}

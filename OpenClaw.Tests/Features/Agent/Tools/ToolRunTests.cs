using System.Text.Json;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent.Tools;

/// <summary>
/// agent.run with tools from the real <c>@modelcontextprotocol/server-everything</c> and a fake provider that asks for
/// them: the loop, both provider formats, progress, the result's toolCalls, and the loop's bounds.
/// </summary>
public sealed class ToolRunTests
{
    private const string Echo = "everything__echo";
    private const string Sum = "everything__get-sum";

    [Test]
    [CancelAfter(60_000)]
    public async Task The_model_calls_a_real_mcp_tool_and_answers_with_its_result(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a", LlmReply.OpenAiToolCalls(("call_1", Echo, "{\"message\":\"hi\"}")), LlmReply.OpenAiText("it said hi"));
        await using var harness = RpcHarness.Start(configJson: ToolConfig.For(server), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"echo hi\"}", cancellationToken: cancellationToken));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("it said hi"));
        Assert.That(ToolConfig.Calls(result), Is.EqualTo(new[] { $"call_1:{Echo}:completed" }));
        Assert.That(result.GetProperty("toolCalls")[0].GetProperty("durationMs").GetInt64(), Is.GreaterThanOrEqualTo(0));
        IReadOnlyList<LlmRequest> requests = server.RequestsTo("a");
        Assert.That(requests, Has.Count.EqualTo(2));
        JsonElement offered = requests[0].Json.GetProperty("tools");
        Assert.That(offered.EnumerateArray().Select(t => t.GetProperty("function").GetProperty("name").GetString()), Does.Contain(Echo).And.Contain(Sum));
        Assert.That(ToolConfig.OpenAiToolResult(requests[1], "call_1"), Is.EqualTo("Echo: hi"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Several_streamed_calls_report_each_status_as_progress_before_the_answer(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a",
            LlmReply.OpenAiToolCallStream(("c1", Echo, "{\"message\":\"hi\"}"), ("c2", Sum, "{\"a\":2,\"b\":3}")),
            LlmReply.OpenAiStream(["five"]));
        await using var harness = RpcHarness.Start(configJson: ToolConfig.For(server), environment: AgentConfig.Environment());
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"agent.run\",\"params\":{\"message\":\"go\",\"progressToken\":\"p\"}}");
        var statuses = new List<string>();
        var deltas = new List<string>();
        JsonElement message;
        while (!(message = await harness.ReadAsync(cancellationToken)).TryGetProperty("id", out _))
        {
            JsonElement value = message.GetProperty("params").GetProperty("value");
            if (value.TryGetProperty("toolCall", out JsonElement call))
            {
                string status = call.GetProperty("status").GetString()!;
                statuses.Add($"{call.GetProperty("id").GetString()}:{status}");
                Assert.That(call.TryGetProperty("arguments", out _), Is.EqualTo(status == "pending"), "arguments come with pending only");
                if (status == "completed")
                {
                    Assert.That(call.GetProperty("result").GetString(), Is.AnyOf("Echo: hi", "The sum of 2 and 3 is 5."));
                }
            }
            else
            {
                deltas.Add(value.GetProperty("delta").GetString()!);
            }
        }

        JsonElement result = JsonAssert.Result(message);
        Assert.That(statuses, Is.EqualTo(new[] { "c1:pending", "c1:running", "c1:completed", "c2:pending", "c2:running", "c2:completed" }));
        Assert.That(deltas, Is.EqualTo(new[] { "five" }));
        Assert.That(ToolConfig.Calls(result), Is.EqualTo(new[] { $"c1:{Echo}:completed", $"c2:{Sum}:completed" }));
        Assert.That(ToolConfig.OpenAiToolResult(server.RequestsTo("a")[1], "c2"), Is.EqualTo("The sum of 2 and 3 is 5."));
    }

    [TestCase(false)]
    [TestCase(true)]
    [CancelAfter(60_000)]
    public async Task Anthropic_tool_use_gets_a_tool_result_block_back(bool streamed, CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("c", streamed
                ? LlmReply.AnthropicToolUseStream(("toolu_1", Sum, "{\"a\":2,\"b\":3}"))
                : LlmReply.AnthropicToolUse(("toolu_1", Sum, "{\"a\":2,\"b\":3}")),
            streamed ? LlmReply.AnthropicStream(["5"]) : LlmReply.AnthropicText("5"));
        await using var harness = RpcHarness.Start(configJson: ToolConfig.For(server, primary: "c/m1"), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", streamed ? "{\"message\":\"add\",\"progressToken\":1}" : "{\"message\":\"add\"}",
            cancellationToken: cancellationToken));
        Assert.That(server.RequestsTo("c")[0].Json.TryGetProperty("stream", out JsonElement stream) && stream.GetBoolean(), Is.EqualTo(streamed));
        Assert.That(ToolConfig.Calls(result), Is.EqualTo(new[] { $"toolu_1:{Sum}:completed" }));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("5"));
        JsonElement blocks = ToolConfig.Messages(server.RequestsTo("c")[1]).EnumerateArray().Last().GetProperty("content");
        JsonElement toolResult = blocks.EnumerateArray().Single(b => b.GetProperty("type").GetString() == "tool_result");
        Assert.That(toolResult.GetProperty("tool_use_id").GetString(), Is.EqualTo("toolu_1"));
        Assert.That(toolResult.GetProperty("content").GetRawText(), Does.Contain("The sum of 2 and 3 is 5."));
        AgentConfig.AssertNoSecret(harness, result);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Without_mcp_servers_no_tools_are_offered(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiText("plain"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", cancellationToken: cancellationToken));
        Assert.That(result.GetProperty("toolCalls").GetArrayLength(), Is.Zero);
        Assert.That(server.RequestsTo("a").Single().Json.TryGetProperty("tools", out _), Is.False);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_tool_never_runs_twice_when_the_provider_fails_after_it(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer()
            .Script("a", LlmReply.OpenAiToolCalls(("call_1", Echo, "{\"message\":\"once\"}")), LlmReply.Error(500))
            .Always("b", LlmReply.OpenAiText("b finished"));
        await using var harness = RpcHarness.Start(configJson: ToolConfig.For(server, selfHealing: "{\"backoffMs\":0,\"maxAttempts\":1}"),
            environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"go\"}", cancellationToken: cancellationToken));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("b finished"));
        Assert.That(ToolConfig.Calls(result), Is.EqualTo(new[] { $"call_1:{Echo}:completed" }));
        Assert.That(AgentConfig.Attempts(AgentConfig.SelfHealing(result)), Is.EqualTo(new[] { "a/m1:success", "a/m1:failed", "b/m1:success" }));
        Assert.That(ToolConfig.OpenAiToolResult(server.RequestsTo("b").Single(), "call_1"), Is.EqualTo("Echo: once"), "b gets the result already obtained");
        Assert.That(harness.Log.Split($"tool call {Echo}: completed").Length - 1, Is.EqualTo(1), "the tool ran once");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task The_round_limit_ends_the_run_and_the_calls_it_did_not_make_are_cancelled(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a",
            LlmReply.OpenAiToolCalls(("r1", Echo, "{\"message\":\"1\"}")),
            LlmReply.OpenAiToolCalls(("r2", Echo, "{\"message\":\"2\"}")));
        await using var harness = RpcHarness.Start(configJson: ToolConfig.For(server, tools: "{\"allow\":[\"*\"],\"maxRounds\":2}"),
            environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"loop\"}", cancellationToken: cancellationToken));
        Assert.That(result.GetProperty("finishReason").GetString(), Is.EqualTo("max_rounds"));
        Assert.That(ToolConfig.Calls(result), Is.EqualTo(new[] { $"r1:{Echo}:completed", $"r2:{Echo}:cancelled" }));
        Assert.That(server.RequestsTo("a"), Has.Count.EqualTo(2));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_call_made_a_third_time_with_the_same_arguments_is_denied_and_the_model_is_told(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a",
            LlmReply.OpenAiToolCalls(("s1", Echo, "{\"message\":\"same\"}")),
            LlmReply.OpenAiToolCalls(("s2", Echo, "{\"message\":\"same\"}")),
            LlmReply.OpenAiToolCalls(("s3", Echo, "{\"message\":\"same\"}")),
            LlmReply.OpenAiText("giving up"));
        await using var harness = RpcHarness.Start(configJson: ToolConfig.For(server), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"loop\"}", cancellationToken: cancellationToken));
        Assert.That(ToolConfig.Calls(result), Is.EqualTo(new[] { $"s1:{Echo}:completed", $"s2:{Echo}:completed", $"s3:{Echo}:denied" }));
        Assert.That(ToolConfig.OpenAiToolResult(server.RequestsTo("a")[3], "s3"), Does.StartWith("Tool call denied:"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Bad_arguments_and_unknown_tools_fail_without_running_and_the_run_carries_on(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a",
            LlmReply.OpenAiToolCalls(("bad", Echo, "{not json"), ("ghost", "everything__nope", "{}")),
            LlmReply.OpenAiText("sorry"));
        await using var harness = RpcHarness.Start(configJson: ToolConfig.For(server), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"go\"}", cancellationToken: cancellationToken));
        Assert.That(ToolConfig.Calls(result), Is.EqualTo(new[] { $"bad:{Echo}:failed", "ghost:everything__nope:failed" }));
        LlmRequest second = server.RequestsTo("a")[1];
        Assert.That(ToolConfig.OpenAiToolResult(second, "bad"), Does.Contain("not a JSON object"));
        Assert.That(ToolConfig.OpenAiToolResult(second, "ghost"), Does.Contain("no tool named everything__nope"));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("sorry"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_denied_tool_is_not_offered_and_a_call_to_it_fails_without_running(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a", LlmReply.OpenAiToolCalls(("d1", Sum, "{\"a\":1,\"b\":1}")), LlmReply.OpenAiText("ok"));
        await using var harness = RpcHarness.Start(configJson: ToolConfig.For(server, tools: "{\"allow\":[\"*\"],\"deny\":[\"*get-sum\"]}"),
            environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"go\"}", cancellationToken: cancellationToken));
        IEnumerable<string?> offered = server.RequestsTo("a")[0].Json.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("function").GetProperty("name").GetString());
        Assert.That(offered, Does.Contain(Echo).And.Not.Contain(Sum));
        Assert.That(ToolConfig.Calls(result), Is.EqualTo(new[] { $"d1:{Sum}:failed" }), "a tool that is not offered does not exist for the run");
    }
}

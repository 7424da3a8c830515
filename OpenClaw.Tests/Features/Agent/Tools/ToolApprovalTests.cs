using System.Text.Json;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent.Tools;

/// <summary>
/// Native approvals: the runtime's agent.requestApproval request to a client that declared it can answer, each answer,
/// "always" answers kept by the session across a restart, and the fallback for clients that cannot be asked.
/// </summary>
public sealed class ToolApprovalTests
{
    private const string Echo = "everything__echo";
    private const string AskEverything = "{\"ask\":\"on-miss\"}";

    [TestCase("allow_once", "completed")]
    [TestCase("allow_always", "completed")]
    [TestCase("reject_once", "denied")]
    [TestCase("reject_always", "denied")]
    [TestCase("cancelled", "denied")]
    [CancelAfter(60_000)]
    public async Task The_client_is_asked_and_its_answer_decides(string outcome, string status, CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a", LlmReply.OpenAiToolCalls(("call_1", Echo, "{\"message\":\"hi\"}")), LlmReply.OpenAiText("done"));
        await using var harness = RpcHarness.Start(configJson: ToolConfig.For(server, tools: AskEverything), environment: AgentConfig.Environment());
        await InitializeAsync(harness, approvals: true, cancellationToken);
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"agent.run\",\"params\":{\"message\":\"go\"}}");
        JsonElement ask = await harness.ReadAsync(cancellationToken);
        Assert.That(ask.TryGetProperty("method", out JsonElement method) ? method.GetString() : ask.GetRawText(), Is.EqualTo("agent.requestApproval"));
        Assert.That(ask.GetProperty("id").GetString(), Does.StartWith("openclaw-"));
        JsonElement parameters = ask.GetProperty("params");
        Assert.That(parameters.GetProperty("requestId").GetInt32(), Is.EqualTo(7));
        Assert.That(parameters.GetProperty("toolCallId").GetString(), Is.EqualTo("call_1"));
        Assert.That(parameters.GetProperty("tool").GetString(), Is.EqualTo(Echo));
        Assert.That(parameters.GetProperty("server").GetString(), Is.EqualTo("everything"));
        Assert.That(parameters.GetProperty("arguments").GetProperty("message").GetString(), Is.EqualTo("hi"));
        Assert.That(parameters.GetProperty("options").EnumerateArray().Select(o => o.GetString()),
            Is.EqualTo(new[] { "allow_once", "allow_always", "reject_once", "reject_always" }));
        Assert.That(parameters.TryGetProperty("sessionKey", out _), Is.False);
        await harness.SendLineAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{ask.GetProperty("id").GetRawText()},\"result\":{{\"outcome\":\"{outcome}\"}}}}");
        JsonElement result = JsonAssert.Result(await harness.ReadAsync(cancellationToken));
        Assert.That(ToolConfig.Calls(result), Is.EqualTo(new[] { $"call_1:{Echo}:{status}" }));
        string sent = ToolConfig.OpenAiToolResult(server.RequestsTo("a")[1], "call_1");
        Assert.That(sent, status == "completed" ? Is.EqualTo("Echo: hi") : Does.StartWith("Tool call denied:"));
    }

    [TestCase("{\"jsonrpc\":\"2.0\",\"id\":ID,\"result\":{\"outcome\":\"maybe\"}}")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"id\":ID,\"result\":\"yes\"}")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"id\":ID,\"error\":{\"code\":-32601,\"message\":\"no such method\"}}")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"id\":ID,\"error\":\"no\"}")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"id\":ID,\"error\":{\"code\":\"x\"}}")]
    [CancelAfter(60_000)]
    public async Task An_error_or_a_malformed_answer_is_a_rejection(string answer, CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a", LlmReply.OpenAiToolCalls(("call_1", Echo, "{\"message\":\"hi\"}")), LlmReply.OpenAiText("done"));
        await using var harness = RpcHarness.Start(configJson: ToolConfig.For(server, tools: AskEverything), environment: AgentConfig.Environment());
        await InitializeAsync(harness, approvals: true, cancellationToken);
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"agent.run\",\"params\":{\"message\":\"go\"}}");
        JsonElement ask = await harness.ReadAsync(cancellationToken);
        await harness.SendLineAsync(answer.Replace("ID", ask.GetProperty("id").GetRawText(), StringComparison.Ordinal));
        JsonElement result = JsonAssert.Result(await harness.ReadAsync(cancellationToken));
        Assert.That(ToolConfig.Calls(result), Is.EqualTo(new[] { $"call_1:{Echo}:denied" }));
        Assert.That(ToolConfig.OpenAiToolResult(server.RequestsTo("a")[1], "call_1"), Is.EqualTo("Tool call denied: not approved by the user"));
        Assert.That(harness.Log, Does.Contain("taken as a rejection"));
    }

    [TestCase(false, "{\"ask\":\"on-miss\"}", "denied")]
    [TestCase(false, "{\"ask\":\"on-miss\",\"askFallback\":\"allow\"}", "completed")]
    [TestCase(true, "{\"ask\":\"off\"}", "denied")]
    [TestCase(true, "{\"ask\":\"off\",\"allow\":[\"everything__e*\"]}", "completed")]
    [CancelAfter(60_000)]
    public async Task A_client_that_is_not_asked_gets_the_policy_and_fallback(bool approvals, string tools, string status, CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a", LlmReply.OpenAiToolCalls(("call_1", Echo, "{\"message\":\"hi\"}")), LlmReply.OpenAiText("done"));
        await using var harness = RpcHarness.Start(configJson: ToolConfig.For(server, tools: tools), environment: AgentConfig.Environment());
        await InitializeAsync(harness, approvals, cancellationToken);
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"agent.run\",\"params\":{\"message\":\"go\"}}");
        JsonElement response = await harness.ReadAsync(cancellationToken);
        Assert.That(response.TryGetProperty("method", out _), Is.False, "nobody is asked");
        Assert.That(ToolConfig.Calls(JsonAssert.Result(response)), Is.EqualTo(new[] { $"call_1:{Echo}:{status}" }));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Allow_always_holds_for_the_session_across_a_restart(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a",
            LlmReply.OpenAiToolCalls(("call_1", Echo, "{\"message\":\"one\"}")), LlmReply.OpenAiText("first"),
            LlmReply.OpenAiToolCalls(("call_2", Echo, "{\"message\":\"two\"}")), LlmReply.OpenAiText("second"));
        using var state = new TempDirectory();
        string config = ToolConfig.For(server, tools: AskEverything);
        await using (var harness = RpcHarness.Start(configJson: config, environment: AgentConfig.Environment(), stateDir: state.Path))
        {
            await InitializeAsync(harness, approvals: true, cancellationToken);
            await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"agent.run\",\"params\":{\"message\":\"go\",\"sessionKey\":\"notes\"}}");
            JsonElement ask = await harness.ReadAsync(cancellationToken);
            Assert.That(ask.GetProperty("params").GetProperty("sessionKey").GetString(), Is.EqualTo("notes"));
            await harness.SendLineAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{ask.GetProperty("id").GetRawText()},\"result\":{{\"outcome\":\"allow_always\"}}}}");
            Assert.That(ToolConfig.Calls(JsonAssert.Result(await harness.ReadAsync(cancellationToken))), Is.EqualTo(new[] { $"call_1:{Echo}:completed" }));
        }

        await using (var restarted = RpcHarness.Start(configJson: config, environment: AgentConfig.Environment(), stateDir: state.Path))
        {
            await InitializeAsync(restarted, approvals: true, cancellationToken);
            await restarted.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"agent.run\",\"params\":{\"message\":\"again\",\"sessionKey\":\"notes\"}}");
            JsonElement response = await restarted.ReadAsync(cancellationToken);
            Assert.That(response.TryGetProperty("method", out _), Is.False, "not asked again in this session");
            Assert.That(ToolConfig.Calls(JsonAssert.Result(response)), Is.EqualTo(new[] { $"call_2:{Echo}:completed" }));
        }
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Cancelling_the_run_cancels_the_pending_approval_request(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a", LlmReply.OpenAiToolCallStream(("call_1", Echo, "{\"message\":\"hi\"}")));
        await using var harness = RpcHarness.Start(configJson: ToolConfig.For(server, tools: AskEverything), environment: AgentConfig.Environment());
        await InitializeAsync(harness, approvals: true, cancellationToken);
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"agent.run\",\"params\":{\"message\":\"go\",\"progressToken\":1}}");
        JsonElement ask;
        while (!(ask = await harness.ReadAsync(cancellationToken)).TryGetProperty("id", out _))
        {
        }

        Assert.That(ask.GetProperty("method").GetString(), Is.EqualTo("agent.requestApproval"));
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":7}}");

        // The run's -32800 and the $/cancelRequest for the approval may come in either order; progress comes before the answer.
        var seen = new List<string>();
        JsonElement? answer = null;
        while (answer is null || !seen.Contains("$/cancelRequest:" + ask.GetProperty("id").GetString()))
        {
            JsonElement message = await harness.ReadAsync(cancellationToken);
            if (message.TryGetProperty("id", out _))
            {
                answer = message;
                continue;
            }

            JsonElement parameters = message.GetProperty("params");
            seen.Add(parameters.TryGetProperty("value", out JsonElement value)
                ? "$/progress:" + value.GetProperty("toolCall").GetProperty("status").GetString() + (answer is null ? "" : " after the answer")
                : message.GetProperty("method").GetString() + ":" + parameters.GetProperty("id").GetString());
        }

        JsonAssert.IsError(answer.Value, -32800, "cancelled");
        Assert.That(seen, Does.Contain("$/progress:cancelled"));
    }

    private static async Task InitializeAsync(RpcHarness harness, bool approvals, CancellationToken cancellationToken)
    {
        string capabilities = approvals ? "{\"approvals\":true}" : "{}";
        JsonAssert.Result(await harness.CallAsync("initialize", $"{{\"capabilities\":{capabilities}}}", id: 100, cancellationToken: cancellationToken));
    }
}

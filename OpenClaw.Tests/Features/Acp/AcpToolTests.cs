using System.Text.Json;
using System.Text.Json.Nodes;
using OpenClaw.Rpc.Features.Acp;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Features.Agent.Tools;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Acp;

/// <summary>
/// Tools in ACP mode: the servers an editor passes in session/new, tool calls as tool_call updates, approvals as
/// session/request_permission, every message checked against the ACP schema.
/// </summary>
public sealed class AcpToolTests
{
    private const string Echo = "everything__echo";

    [Test]
    [CancelAfter(60_000)]
    public async Task The_servers_of_session_new_give_tools_and_each_call_is_a_tool_call_update(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a", LlmReply.OpenAiToolCallStream(("call_1", Echo, "{\"message\":\"hi\"}")), LlmReply.OpenAiStream(["done"]));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, extra: "\"tools\":{\"allow\":[\"everything__*\"]}"),
            environment: AgentConfig.Environment(), dialect: AcpDialect.Name);
        var acp = new AcpConnection(harness);
        string sessionId = await NewSessionWithEverythingAsync(acp, cancellationToken);
        AcpExchange prompt = await acp.PromptAsync(sessionId, "echo hi", cancellationToken);
        Assert.That(JsonAssert.Result(prompt.Response).GetProperty("stopReason").GetString(), Is.EqualTo("end_turn"));
        JsonElement[] calls = [.. prompt.Updates.Select(u => u.GetProperty("update")).Where(u => u.GetProperty("sessionUpdate").GetString()!.StartsWith("tool_call", StringComparison.Ordinal))];
        Assert.That(calls.Select(c => $"{c.GetProperty("sessionUpdate").GetString()}:{c.GetProperty("status").GetString()}"),
            Is.EqualTo(new[] { "tool_call:pending", "tool_call_update:in_progress", "tool_call_update:completed" }));
        Assert.That(calls.Select(c => c.GetProperty("toolCallId").GetString()), Is.All.EqualTo("call_1"));
        Assert.That(calls[0].GetProperty("title").GetString(), Is.EqualTo(Echo));
        Assert.That(calls[0].GetProperty("rawInput").GetProperty("message").GetString(), Is.EqualTo("hi"));
        Assert.That(calls[2].GetProperty("content")[0].GetProperty("content").GetProperty("text").GetString(), Is.EqualTo("Echo: hi"));
        Assert.That(prompt.AgentText, Is.EqualTo("done"));
    }

    [TestCase("allow_once", "completed", "Echo: hi")]
    [TestCase("reject_once", "failed", "Tool call denied: not approved by the user")]
    [CancelAfter(60_000)]
    public async Task Approval_is_asked_with_session_request_permission(string optionId, string status, string text, CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a", LlmReply.OpenAiToolCallStream(("call_1", Echo, "{\"message\":\"hi\"}")), LlmReply.OpenAiStream(["done"]));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment(), dialect: AcpDialect.Name);
        var acp = new AcpConnection(harness);
        string sessionId = await NewSessionWithEverythingAsync(acp, cancellationToken);
        int id = await acp.SendRequestAsync("session/prompt", $"{{\"sessionId\":\"{sessionId}\",\"prompt\":[{{\"type\":\"text\",\"text\":\"go\"}}]}}");
        JsonElement ask = await ReadPermissionRequestAsync(harness, cancellationToken);
        JsonElement parameters = ask.GetProperty("params");
        Assert.That(parameters.GetProperty("sessionId").GetString(), Is.EqualTo(sessionId));
        Assert.That(parameters.GetProperty("toolCall").GetProperty("toolCallId").GetString(), Is.EqualTo("call_1"));
        Assert.That(parameters.GetProperty("options").EnumerateArray().Select(o => $"{o.GetProperty("optionId").GetString()}={o.GetProperty("kind").GetString()}"),
            Is.EqualTo(new[] { "allow_once=allow_once", "allow_always=allow_always", "reject_once=reject_once", "reject_always=reject_always" }));
        await harness.SendLineAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{ask.GetProperty("id").GetRawText()},\"result\":{{\"outcome\":{{\"outcome\":\"selected\",\"optionId\":\"{optionId}\"}}}}}}");
        AcpExchange answer = await acp.ReadAnswerAsync("session/prompt", id, cancellationToken);
        JsonElement last = answer.Updates.Select(u => u.GetProperty("update")).Last(u => u.GetProperty("sessionUpdate").GetString() == "tool_call_update");
        Assert.That(last.GetProperty("status").GetString(), Is.EqualTo(status));
        Assert.That(last.GetProperty("content")[0].GetProperty("content").GetProperty("text").GetString(), Is.EqualTo(text));
        Assert.That(JsonAssert.Result(answer.Response).GetProperty("stopReason").GetString(), Is.EqualTo("end_turn"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Cancel_while_permission_is_pending_answers_cancelled_and_stores_nothing(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a", LlmReply.OpenAiToolCallStream(("call_1", Echo, "{\"message\":\"hi\"}")));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment(), dialect: AcpDialect.Name);
        var acp = new AcpConnection(harness);
        string sessionId = await NewSessionWithEverythingAsync(acp, cancellationToken);
        int id = await acp.SendRequestAsync("session/prompt", $"{{\"sessionId\":\"{sessionId}\",\"prompt\":[{{\"type\":\"text\",\"text\":\"go\"}}]}}");
        JsonElement ask = await ReadPermissionRequestAsync(harness, cancellationToken);
        await acp.NotifyAsync("session/cancel", $"{{\"sessionId\":\"{sessionId}\"}}");
        AcpExchange answer = await acp.ReadAnswerAsync("session/prompt", id, cancellationToken);
        Assert.That(JsonAssert.Result(answer.Response).GetProperty("stopReason").GetString(), Is.EqualTo("cancelled"));
        await harness.SendLineAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{ask.GetProperty("id").GetRawText()},\"result\":{{\"outcome\":{{\"outcome\":\"cancelled\"}}}}}}");
        await using var reader = RpcHarness.Start(stateDir: harness.StateDir);
        JsonElement history = JsonAssert.Result(await reader.CallAsync("sessions.history", $"{{\"sessionKey\":\"{sessionId}\"}}", cancellationToken: cancellationToken));
        Assert.That(history.GetProperty("messages").GetArrayLength(), Is.Zero);
    }

    private static async Task<string> NewSessionWithEverythingAsync(AcpConnection acp, CancellationToken cancellationToken)
    {
        JsonAssert.Result((await acp.RequestAsync("initialize", "{\"protocolVersion\":1,\"clientCapabilities\":{}}", cancellationToken)).Response);
        var everything = new JsonObject
        {
            ["name"] = "everything",
            ["command"] = "node",
            ["args"] = new JsonArray(ToolConfig.EverythingScript(), "stdio"),
            ["env"] = new JsonArray(),
        };
        AcpExchange created = await acp.RequestAsync("session/new", $"{{\"cwd\":\"/tmp\",\"mcpServers\":[{everything.ToJsonString()}]}}", cancellationToken);
        return JsonAssert.Result(created.Response).GetProperty("sessionId").GetString()!;
    }

    private static async Task<JsonElement> ReadPermissionRequestAsync(RpcHarness harness, CancellationToken cancellationToken)
    {
        while (true)
        {
            JsonElement message = await harness.ReadAsync(cancellationToken);
            if (message.TryGetProperty("id", out _))
            {
                Assert.That(message.GetProperty("method").GetString(), Is.EqualTo("session/request_permission"));
                AcpSchema.Shipped.AssertValid("RequestPermissionRequest", message.GetProperty("params"));
                return message;
            }
        }
    }
}

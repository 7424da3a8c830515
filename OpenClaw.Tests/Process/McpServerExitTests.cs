using System.Text.Json.Nodes;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Features.Agent.Tools;
using OpenClaw.Tests.Features.Tools;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>When the real binary exits, a running MCP server is first told the way MCP says (its input ends), then killed if it stays.</summary>
public sealed class McpServerExitTests
{
    [TestCase("exit")]
    [TestCase("end of input")]
    [CancelAfter(120_000)]
    public async Task A_running_server_sees_its_input_end_before_the_runtime_exits(string how, CancellationToken cancellationToken)
    {
        Support.Tools.Require("node");
        await using var llm = new FakeLlmServer().Always("a", LlmReply.OpenAiText("hi"));
        using var dir = new TempDirectory();
        var fake = new JsonObject { ["command"] = "node", ["args"] = new JsonArray(McpTestServers.Script, "--eof-file", dir.File("eof")) };
        await File.WriteAllTextAsync(dir.File("openclaw.json"), ToolConfig.For(llm, new JsonObject { ["fake"] = fake }, tools: "{}"), cancellationToken);
        var environment = new Dictionary<string, string> { ["OPENCLAW_CONFIG_PATH"] = dir.File("openclaw.json"), ["TEST_LLM_KEY"] = AgentConfig.Key };

        await using var runtime = RuntimeProcess.Start(RuntimeTrack.Core, ["--state-dir", dir.File("state")], environment);
        await runtime.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"agent.run\",\"params\":{\"message\":\"hi\"}}", Framing.NewlineDelimited, cancellationToken);
        JsonAssert.Result(await runtime.ReadAsync(cancellationToken));
        Assert.That(File.Exists(dir.File("eof")), Is.False, "the server the run started is still running");

        if (how == "exit")
        {
            await runtime.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}", Framing.NewlineDelimited, cancellationToken);
            JsonAssert.Result(await runtime.ReadAsync(cancellationToken));
            await runtime.SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}", Framing.NewlineDelimited, cancellationToken);
        }
        else
        {
            runtime.CloseInput();
        }

        Assert.That(await runtime.WaitForExitAsync(TimeSpan.FromSeconds(10), cancellationToken), Is.Zero);
        Assert.That(File.Exists(dir.File("eof")) ? await File.ReadAllTextAsync(dir.File("eof"), cancellationToken) : "(killed first)", Is.EqualTo("eof"));
    }
}

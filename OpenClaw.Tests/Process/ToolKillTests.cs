using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Features.Agent.Tools;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>
/// <c>kill -9</c> of the real binary while a tool call runs: the MCP server it started does not outlive it, and the
/// session holds the turns that were answered, whole, and nothing of the killed one.
/// </summary>
public sealed class ToolKillTests
{
    private const string Echo = "everything__echo";
    private const string Slow = "everything__trigger-long-running-operation";

    [Test]
    [Platform("Linux")]
    [CancelAfter(120_000)]
    public async Task Kill_9_mid_loop_leaves_no_mcp_server_and_no_torn_turn(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a",
            LlmReply.OpenAiToolCalls(("c1", Echo, "{\"message\":\"kept\"}")), LlmReply.OpenAiText("kept answer"),
            LlmReply.OpenAiToolCallStream(("c2", Slow, "{\"duration\":30,\"steps\":3}")));
        using var shared = new TempDirectory();
        string config = shared.File("openclaw.json");
        await File.WriteAllTextAsync(config, ToolConfig.For(server, tools: "{\"allow\":[\"*\"]}"), cancellationToken);
        var environment = new Dictionary<string, string> { ["OPENCLAW_CONFIG_PATH"] = config, ["TEST_LLM_KEY"] = AgentConfig.Key };
        string[] args = ["--state-dir", Path.Combine(shared.Path, "state")];

        int mcpServer;
        await using (var runtime = RuntimeProcess.Start(RuntimeTrack.Core, args, environment))
        {
            await runtime.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"agent.run\",\"params\":{\"message\":\"first\",\"sessionKey\":\"s\"}}",
                Framing.NewlineDelimited, cancellationToken);
            JsonAssert.Result(await runtime.ReadAsync(cancellationToken));
            await runtime.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"agent.run\",\"params\":{\"message\":\"second\",\"sessionKey\":\"s\",\"progressToken\":2}}",
                Framing.NewlineDelimited, cancellationToken);
            while ((await runtime.ReadAsync(cancellationToken)).GetProperty("params").GetProperty("value") is var value
                   && !(value.TryGetProperty("toolCall", out JsonElement call) && call.GetProperty("status").GetString() == "running"))
            {
            }

            mcpServer = ChildProcessState.ChildrenOf(runtime.Id).Single();
            System.Diagnostics.Process.GetProcessById(runtime.Id).Kill();
            await runtime.WaitForExitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }

        Assert.That(await ChildProcessState.GoneWithinAsync(mcpServer, TimeSpan.FromSeconds(5), cancellationToken), Is.True, "the MCP server died with the runtime");
        await using var restarted = RuntimeProcess.Start(RuntimeTrack.Core, args, environment);
        await restarted.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"sessions.history\",\"params\":{\"sessionKey\":\"s\"}}", Framing.NewlineDelimited,
            cancellationToken);
        JsonElement history = JsonAssert.Result(await restarted.ReadAsync(cancellationToken));
        Assert.That(history.GetProperty("messages").EnumerateArray().Select(m => $"{m.GetProperty("role").GetString()}:{m.GetProperty("text").GetString()}"),
            Is.EqualTo(new[] { "user:first", "assistant:", "tool:Echo: kept", "assistant:kept answer" }));
    }
}

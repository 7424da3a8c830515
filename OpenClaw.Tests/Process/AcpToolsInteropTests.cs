using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Features.Agent.Tools;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>
/// The ACP SDK's client, as editors embed it, gives the real binary the real <c>@modelcontextprotocol/server-everything</c>
/// in session/new and answers session/request_permission: allowed once, then rejected.
/// </summary>
public sealed class AcpToolsInteropTests
{
    private const string Echo = "everything__echo";

    [Test]
    [CancelAfter(180_000)]
    public async Task An_editor_passes_its_mcp_server_and_answers_permission_requests(CancellationToken cancellationToken)
    {
        string modules = NodeModules.Require("@agentclientprotocol/sdk");
        await using var server = new FakeLlmServer().Script("a",
            LlmReply.OpenAiToolCallStream(("c1", Echo, "{\"message\":\"one\"}")), LlmReply.OpenAiStream(["allowed"]),
            LlmReply.OpenAiToolCallStream(("c2", Echo, "{\"message\":\"two\"}")), LlmReply.OpenAiStream(["rejected"]));
        using var stateDir = new TempDirectory();
        await File.WriteAllTextAsync(Path.Combine(stateDir.Path, "openclaw.json"), AgentConfig.For(server), cancellationToken);
        JsonElement summary = await NodeScript.RunAsync("acp-tools-client.mjs", modules,
            [RuntimeBinaries.PathOf(RuntimeTrack.Core), stateDir.Path, "node", ToolConfig.EverythingScript(), "stdio"],
            new Dictionary<string, string> { ["OPENCLAW_STATE_DIR"] = stateDir.Path, ["TEST_LLM_KEY"] = AgentConfig.Key }, cancellationToken);

        JsonElement[] prompts = [.. summary.GetProperty("prompts").EnumerateArray()];
        Assert.That(prompts.Select(p => p.GetProperty("stopReason").GetString()), Is.All.EqualTo("end_turn"));
        Assert.That(Statuses(prompts[0]), Is.EqualTo(new[] { "tool_call:pending", "tool_call_update:in_progress", "tool_call_update:completed" }));
        Assert.That(prompts[0].GetProperty("calls")[2].GetProperty("text").GetString(), Is.EqualTo("Echo: one"));
        Assert.That(Statuses(prompts[1]), Is.EqualTo(new[] { "tool_call:pending", "tool_call_update:failed" }));
        Assert.That(prompts[1].GetProperty("calls")[1].GetProperty("text").GetString(), Does.StartWith("Tool call denied:"));
        JsonElement[] permissions = [.. summary.GetProperty("permissions").EnumerateArray()];
        Assert.That(permissions.Select(p => p.GetProperty("toolCall").GetProperty("toolCallId").GetString()), Is.EqualTo(new[] { "c1", "c2" }));
        Assert.That(summary.GetProperty("exitCode").GetInt32(), Is.Zero);
    }

    private static string[] Statuses(JsonElement prompt) =>
        [.. prompt.GetProperty("calls").EnumerateArray().Select(c => $"{c.GetProperty("kind").GetString()}:{c.GetProperty("status").GetString()}")];
}

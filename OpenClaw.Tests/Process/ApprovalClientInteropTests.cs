using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Features.Agent.Tools;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>
/// vscode-jsonrpc answers the runtime's agent.requestApproval from the real binary, whose tools come from the real
/// <c>@modelcontextprotocol/server-everything</c>: allow, reject, a run cancelled while its approval is pending, and a
/// client that did not declare approvals.
/// </summary>
public sealed class ApprovalClientInteropTests
{
    private const string Echo = "everything__echo";

    [Test]
    [CancelAfter(180_000)]
    public async Task Vscode_jsonrpc_answers_approvals_and_a_cancelled_run_cancels_its_approval(CancellationToken cancellationToken)
    {
        string modules = NodeModules.Require("vscode-jsonrpc");
        await using var server = new FakeLlmServer().Script("a",
            LlmReply.OpenAiToolCalls(("c1", Echo, "{\"message\":\"one\"}")), LlmReply.OpenAiText("ran"),
            LlmReply.OpenAiToolCalls(("c2", Echo, "{\"message\":\"two\"}")), LlmReply.OpenAiText("told"),
            LlmReply.OpenAiToolCalls(("c3", Echo, "{\"message\":\"three\"}")),
            LlmReply.OpenAiToolCalls(("c4", Echo, "{\"message\":\"four\"}")), LlmReply.OpenAiText("fallback"));
        using var stateDir = new TempDirectory();
        await File.WriteAllTextAsync(Path.Combine(stateDir.Path, "openclaw.json"), ToolConfig.For(server, tools: "{\"ask\":\"on-miss\"}"), cancellationToken);
        JsonElement summary = await NodeScript.RunAsync("approval-client.mjs", modules,
            [RuntimeBinaries.PathOf(RuntimeTrack.Core), "allow_once", "reject_once", "cancel", "nocap"],
            new Dictionary<string, string> { ["OPENCLAW_STATE_DIR"] = stateDir.Path, ["TEST_LLM_KEY"] = AgentConfig.Key }, cancellationToken);
        JsonElement[] runs = [.. summary.GetProperty("runs").EnumerateArray()];
        Assert.That(Outcome(runs[0]), Is.EqualTo("completed"));
        JsonElement asked = runs[0].GetProperty("asked")[0];
        Assert.That(asked.GetProperty("tool").GetString(), Is.EqualTo(Echo));
        Assert.That(asked.GetProperty("toolCallId").GetString(), Is.EqualTo("c1"));
        Assert.That(asked.GetProperty("requestId").ValueKind, Is.EqualTo(JsonValueKind.Number), "the id of the agent.run it belongs to");
        Assert.That(Outcome(runs[1]), Is.EqualTo("denied"));
        Assert.That(runs[2].GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(-32800));
        Assert.That(runs[2].GetProperty("approvalCancelled").GetBoolean(), Is.True, "the pending approval request was cancelled");
        Assert.That(Outcome(runs[3]), Is.EqualTo("denied"));
        Assert.That(runs[3].GetProperty("asked").GetArrayLength(), Is.Zero, "a client without the capability is never asked");
        Assert.That(summary.GetProperty("exitCodes").EnumerateArray().Select(c => c.GetInt32()), Is.All.Zero);
        Assert.That(ToolConfig.OpenAiToolResult(server.RequestsTo("a")[3], "c2"), Is.EqualTo("Tool call denied: not approved by the user"));
    }

    private static string Outcome(JsonElement run) => run.GetProperty("toolCalls")[0].GetProperty("outcome").GetString()!;
}

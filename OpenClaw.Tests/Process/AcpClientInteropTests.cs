using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>
/// The official ACP client library (@agentclientprotocol/sdk, as editors embed it) drives each binary in <c>acp</c>
/// mode against the fake LLM server: a streamed answer that survived a failing primary, a cancel mid-stream, an unknown
/// session, then a restart that lists and loads the session; the native protocol reads the same conversation.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class AcpClientInteropTests
{
    [TestCase("core")]
    [TestCase("edge")]
    [CancelAfter(180_000)]
    public async Task An_editor_chats_cancels_restarts_and_picks_the_conversation_up_again(string trackName, CancellationToken cancellationToken)
    {
        string modules = NodeModules.Require("@agentclientprotocol/sdk");
        RuntimeTrack track = trackName == "core" ? RuntimeTrack.Core : RuntimeTrack.Edge;
        await using var server = new FakeLlmServer()
            .Always("a", LlmReply.Error(500))
            .Script("b", LlmReply.OpenAiStream(["Hello", ", ", "editor"]), LlmReply.OpenAiStream(["Once ", "upon ", "a time"], chunkDelayMs: 1_000));
        using var stateDir = new TempDirectory();
        string cwd = Path.Combine(stateDir.Path, "project");
        await File.WriteAllTextAsync(Path.Combine(stateDir.Path, "openclaw.json"),
            AgentConfig.For(server, selfHealing: "{\"maxAttempts\":1,\"backoffMs\":0}"), cancellationToken);
        JsonElement root = await NodeScript.RunAsync("acp-client.mjs", modules, [RuntimeBinaries.PathOf(track), cwd],
            new Dictionary<string, string> { ["OPENCLAW_STATE_DIR"] = stateDir.Path, ["TEST_LLM_KEY"] = AgentConfig.Key }, cancellationToken);
        string sessionId = root.GetProperty("sessionId").GetString()!;
        Assert.That(root.GetProperty("initialize").GetProperty("agentCapabilities").GetProperty("loadSession").GetBoolean(), Is.True);
        Assert.That(root.GetProperty("answered").GetProperty("stopReason").GetString(), Is.EqualTo("end_turn"));
        Assert.That(string.Concat(root.GetProperty("chunks").EnumerateArray().Select(c => c.GetString())), Is.EqualTo("Hello, editor"));
        Assert.That(root.GetProperty("cancelled").GetProperty("stopReason").GetString(), Is.EqualTo("cancelled"));
        Assert.That(root.GetProperty("unknown").GetProperty("code").GetInt32(), Is.EqualTo(-32002));
        Assert.That(root.GetProperty("listed").GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("sessionId").GetString()),
            Is.EqualTo(new[] { sessionId }));
        Assert.That(root.GetProperty("replay").EnumerateArray().Select(r => $"{r[0].GetString()}:{r[1].GetString()}"),
            Is.EqualTo(new[] { "user_message_chunk:Say hello", "agent_message_chunk:Hello, editor" }), "the cancelled turn was not stored");
        foreach (string run in new[] { "first", "second" })
        {
            Assert.That(root.GetProperty($"{run}Exit").GetInt32(), Is.Zero, "end of input exits 0");
            Assert.That(root.GetProperty($"{run}Hygiene").GetProperty("bad").GetArrayLength(), Is.Zero, root.GetProperty($"{run}Hygiene").GetRawText());
        }

        CliRun history = await CliRun.ExecuteAsync(track, ["--state-dir", stateDir.Path, "call", "sessions.history", $"{{\"sessionKey\":\"{sessionId}\"}}"],
            environment: new Dictionary<string, string> { ["TEST_LLM_KEY"] = AgentConfig.Key }, cancellationToken: cancellationToken);
        Assert.That(history.ExitCode, Is.Zero, history.Stderr);
        Assert.That(JsonDocument.Parse(history.Stdout).RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()),
            Is.EqualTo(new[] { "Say hello", "Hello, editor" }));
    }
}

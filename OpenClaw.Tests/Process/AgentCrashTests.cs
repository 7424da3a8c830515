using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>The real binary killed with SIGKILL in the middle of an agent run loses no earlier turn and leaves readable files.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class AgentCrashTests
{
    [Test]
    [Platform("Linux")]
    [CancelAfter(120_000)]
    public async Task Kill_9_mid_run_leaves_every_earlier_turn_readable_by_the_next_process(CancellationToken cancellationToken)
    {
        string[] slow = [.. Enumerable.Range(0, 200).Select(i => $"w{i} ")];
        await using var server = new FakeLlmServer()
            .Script("a", LlmReply.OpenAiText("first answer"), LlmReply.OpenAiText("second answer"), LlmReply.OpenAiStream(slow, chunkDelayMs: 50))
            .Always("a", LlmReply.OpenAiText("after the crash"));
        using var shared = new TempDirectory();
        string config = shared.File("openclaw.json");
        File.WriteAllText(config, AgentConfig.For(server));
        var environment = new Dictionary<string, string> { ["OPENCLAW_CONFIG_PATH"] = config };
        string[] args = ["--state-dir", Path.Combine(shared.Path, "state")];

        await using (var first = RuntimeProcess.Start(RuntimeTrack.Core, args, environment))
        {
            await first.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"agent.run\",\"params\":{\"message\":\"one\",\"sessionKey\":\"k9\"}}", Framing.NewlineDelimited, cancellationToken: cancellationToken);
            JsonAssert.Result(await first.ReadAsync(cancellationToken));
            await first.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"agent.run\",\"params\":{\"message\":\"two\",\"sessionKey\":\"k9\"}}", Framing.NewlineDelimited, cancellationToken: cancellationToken);
            JsonAssert.Result(await first.ReadAsync(cancellationToken));
            await first.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"agent.run\",\"params\":{\"message\":\"three\",\"sessionKey\":\"k9\",\"progressToken\":\"p\"}}",
                Framing.NewlineDelimited, cancellationToken: cancellationToken);
            JsonElement progress = await first.ReadAsync(cancellationToken);
            Assert.That(progress.GetProperty("method").GetString(), Is.EqualTo("$/progress"), "the third run is streaming");
            using var victim = System.Diagnostics.Process.GetProcessById(first.Id);
            victim.Kill();
            await first.WaitForExitAsync(cancellationToken: cancellationToken);
        }

        string sessions = Path.Combine(shared.Path, "state", "sessions");
        foreach (string transcript in Directory.GetFiles(sessions, "*.jsonl"))
        {
            foreach (string line in File.ReadAllLines(transcript))
            {
                Assert.DoesNotThrow(() => JsonDocument.Parse(line).Dispose(), $"{Path.GetFileName(transcript)} has a broken line: {line}");
            }
        }

        await using var second = RuntimeProcess.Start(RuntimeTrack.Core, args, environment);
        await second.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"sessions.history\",\"params\":{\"sessionKey\":\"k9\"}}", Framing.NewlineDelimited, cancellationToken: cancellationToken);
        JsonElement history = JsonAssert.Result(await second.ReadAsync(cancellationToken));
        Assert.That(history.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()),
            Is.EqualTo(new[] { "one", "first answer", "two", "second answer" }));
        await second.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"agent.run\",\"params\":{\"message\":\"four\",\"sessionKey\":\"k9\"}}", Framing.NewlineDelimited, cancellationToken: cancellationToken);
        Assert.That(JsonAssert.Result(await second.ReadAsync(cancellationToken)).GetProperty("text").GetString(), Is.EqualTo("after the crash"));
        Assert.That(server.RequestsTo("a")[^1].Json.GetProperty("messages").GetArrayLength(), Is.EqualTo(5), "the four saved turns and the new message");
    }
}

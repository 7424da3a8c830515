using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>
/// The real binary under a file-size limit (<c>prlimit --fsize</c>): a turn that would cross it is refused with -32015
/// like a full disk, instead of SIGXFSZ killing the process mid-write and leaving a torn line.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class FileSizeLimitTests
{
    private const int FileSizeLimit = 64 * 1024;

    [Test]
    [Platform("Linux")]
    [CancelAfter(60_000)]
    public async Task A_turn_beyond_the_file_size_limit_is_a_state_error_and_the_runtime_serves_on(CancellationToken cancellationToken)
    {
        Tools.Require("prlimit");
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiText("short answer"));
        using var shared = new TempDirectory();
        string config = shared.File("openclaw.json");
        File.WriteAllText(config, AgentConfig.For(server));
        string state = Path.Combine(shared.Path, "state");
        await using var runtime = RuntimeProcess.StartThrough(["prlimit", $"--fsize={FileSizeLimit}", "--"], RuntimeTrack.Core, ["--state-dir", state],
            // The JIT build double-maps code through a memory file, which the size limit would cap; the AOT build has none.
            new Dictionary<string, string> { ["OPENCLAW_CONFIG_PATH"] = config, ["DOTNET_EnableWriteXorExecute"] = "0" });

        await SendAsync(runtime, 1, "agent.run", "{\"message\":\"one\",\"sessionKey\":\"big\"}", cancellationToken);
        JsonAssert.Result(await runtime.ReadAsync(cancellationToken));
        string huge = new('x', FileSizeLimit * 2);
        await SendAsync(runtime, 2, "agent.run", $"{{\"message\":\"{huge}\",\"sessionKey\":\"big\"}}", cancellationToken);
        JsonElement refused = await runtime.ReadAsync(cancellationToken);
        Assert.That(refused.GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(-32015), runtime.Stderr);
        JsonAssert.IsError(refused, -32015, "stateWriteFailed");
        Assert.That(refused.GetProperty("error").GetProperty("message").GetString(), Does.Contain(Path.Combine(state, "sessions")));

        await SendAsync(runtime, 3, "sessions.history", "{\"sessionKey\":\"big\"}", cancellationToken);
        JsonElement history = JsonAssert.Result(await runtime.ReadAsync(cancellationToken));
        Assert.That(history.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()), Is.EqualTo(new[] { "one", "short answer" }));
        foreach (string transcript in Directory.GetFiles(Path.Combine(state, "sessions"), "*.jsonl"))
        {
            Assert.That(File.ReadAllText(transcript), Does.EndWith("\n").And.Not.Contain("xxxx"), "nothing torn, nothing of the refused turn");
        }
    }

    private static Task SendAsync(RuntimeProcess runtime, int id, string method, string parameters, CancellationToken cancellationToken) =>
        runtime.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"{method}\",\"params\":{parameters}}}", Framing.NewlineDelimited, cancellationToken);
}

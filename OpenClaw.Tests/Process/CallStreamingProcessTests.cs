using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Support;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Process;

/// <summary><c>call --stream</c>: <c>$/progress</c> text on stdout as it arrives, then the result.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class CallStreamingProcessTests
{
    [Test]
    [CancelAfter(120_000)]
    public async Task Stream_prints_the_answer_text_then_the_result(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiStream(["Hel", "lo"]));
        using var config = new TempDirectory();
        string path = config.File("openclaw.json");
        await File.WriteAllTextAsync(path, AgentConfig.For(server), cancellationToken);

        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["--config", path, "call", "agent.run", "{\"message\":\"hi\"}", "--stream"],
            environment: AgentConfig.Environment(), cancellationToken: cancellationToken);

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(run.Stdout, Does.StartWith("Hello\n{"));
        using JsonDocument result = JsonDocument.Parse(run.Stdout["Hello\n".Length..]);
        Assert.That(result.RootElement.GetProperty("text").GetString(), Is.EqualTo("Hello"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Streamed_text_is_on_stdout_before_the_run_ends(CancellationToken cancellationToken)
    {
        // The second piece comes 5 s after the first: the first must be printed while the run still waits for it.
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiStream(["first piece ", "second"], chunkDelayMs: 5000));
        using var config = new TempDirectory();
        string path = config.File("openclaw.json");
        await File.WriteAllTextAsync(path, AgentConfig.For(server), cancellationToken);
        using OsProcess process = OsProcess.Start(RuntimeStartInfo.Create(RuntimeTrack.Core,
            ["--config", path, "call", "agent.run", "{\"message\":\"hi\"}", "--stream"], config.Path, AgentConfig.Environment()))!;
        try
        {
            process.StandardInput.Close();
            var seen = new StringBuilder();
            char[] buffer = new char[256];
            while (!seen.ToString().Contains("first piece", StringComparison.Ordinal))
            {
                int read = await process.StandardOutput.ReadAsync(buffer, cancellationToken);
                Assert.That(read, Is.Positive, "stdout ended before the first piece was printed");
                seen.Append(buffer, 0, read);
            }

            Assert.That(process.HasExited, Is.False);
            Assert.That(server.Requests, Has.Count.EqualTo(1));
            string rest = await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            Assert.That(process.ExitCode, Is.Zero);
            Assert.That(seen + rest, Does.StartWith("first piece second\n{"));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task A_terminal_gets_the_stream_without_asking(CancellationToken cancellationToken)
    {
        Tools.Require("script");
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiStream(["Hel", "lo"]));
        using var config = new TempDirectory();
        string path = config.File("openclaw.json");
        await File.WriteAllTextAsync(path, AgentConfig.For(server), cancellationToken);
        string command = $"'{RuntimeBinaries.PathOf(RuntimeTrack.Core)}' --config '{path}' call agent.run '{{\"message\":\"hi\"}}'";

        // script(1) gives the runtime a pseudo-terminal as stdout, as an interactive shell would.
        var start = new System.Diagnostics.ProcessStartInfo("script", ["-qec", command, "/dev/null"])
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            RedirectStandardError = true,
        };
        foreach (KeyValuePair<string, string> variable in AgentConfig.Environment())
        {
            start.Environment[variable.Key] = variable.Value;
        }

        start.Environment["OPENCLAW_STATE_DIR"] = config.Path;
        using OsProcess process = OsProcess.Start(start)!;
        process.StandardInput.Close();
        string stdout = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        Assert.That(process.ExitCode, Is.Zero, stdout);
        // .NET sets the terminal's keypad mode (ESC [?1h ESC =) when it starts on one; that is not output of the call.
        string text = System.Text.RegularExpressions.Regex.Replace(stdout, @"\u001b(\[\??[0-9;]*[A-Za-z]|[=>])", string.Empty);
        Assert.That(text.Replace("\r", string.Empty, StringComparison.Ordinal), Does.StartWith("Hello\n{"));
    }
}

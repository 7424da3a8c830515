using System.Text;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Process;

/// <summary>A client that closes the runtime's stdout but keeps stdin open: the runtime ends as at end of input.</summary>
[Platform("Linux")]
[Parallelizable(ParallelScope.All)]
public sealed class ClosedStdoutTests
{
    // A liveness bound, not a speed check: the watch polls four times a second.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Test]
    [CancelAfter(120_000)]
    public async Task Closing_stdout_ends_the_runtime_with_0_and_kills_its_child_while_stdin_stays_open(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        using var state = new TempDirectory();
        string bin = StandInBinary.Write(dir, "kittentts", $"sleep 120 & echo $! > {dir.File("child.pid")}; wait");
        File.WriteAllText(dir.File("openclaw.json"), "{\"messages\":{\"tts\":{\"provider\":\"kittentts\",\"fallbacks\":[],\"timeoutMs\":120000}}}");
        var environment = new Dictionary<string, string> { ["OPENCLAW_KITTENTTS_BIN"] = bin, ["OPENCLAW_CONFIG_PATH"] = dir.File("openclaw.json") };
        using OsProcess runtime = OsProcess.Start(RuntimeStartInfo.Create(RuntimeTrack.Edge, [], state.Path, environment))!;
        var stderr = new StringBuilder();
        runtime.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                stderr.AppendLine(e.Data);
            }
        };
        runtime.BeginErrorReadLine();
        try
        {
            await SendAsync(runtime, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tts.convert\",\"params\":{\"text\":\"hi\"}}", cancellationToken);
            using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bound.CancelAfter(Bound);
            int child = await ChildProcessState.ReadPidAsync(dir.File("child.pid"), bound.Token);

            // Nothing was written or read yet, so closing our end really closes the pipe's only reader.
            runtime.StandardOutput.Close();
            try
            {
                await SendAsync(runtime, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"health\"}", cancellationToken);
            }
            catch (IOException)
            {
                // The runtime noticed the closed stdout and ended before the request was sent: the outcome under test.
            }

            await runtime.WaitForExitAsync(bound.Token);
            Assert.That(runtime.ExitCode, Is.Zero, Stderr(stderr));
            Assert.That(await ChildProcessState.GoneWithinAsync(child, Bound, cancellationToken), Is.True, "the conversion's child was killed");
            Assert.That(Stderr(stderr), Does.Contain("closed stdout"));
        }
        finally
        {
            if (!runtime.HasExited)
            {
                runtime.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task SendAsync(OsProcess runtime, string json, CancellationToken cancellationToken)
    {
        await runtime.StandardInput.BaseStream.WriteAsync(Encoding.UTF8.GetBytes(json + "\n"), cancellationToken);
        await runtime.StandardInput.BaseStream.FlushAsync(cancellationToken);
    }

    private static string Stderr(StringBuilder stderr)
    {
        lock (stderr)
        {
            return stderr.ToString();
        }
    }
}

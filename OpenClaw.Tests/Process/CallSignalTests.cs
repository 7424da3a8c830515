using System.Globalization;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Support;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Process;

/// <summary>
/// <c>call</c> is a one-shot command, so a signal ends it the conventional way (128 + the signal: 130 for SIGINT, 143
/// for SIGTERM), as the README's exit-code table says, unlike the stdio server, which answers in-flight requests and
/// exits 0.
/// </summary>
[Platform("Linux")]
[Parallelizable(ParallelScope.All)]
public sealed class CallSignalTests
{
    [TestCase("INT", 130)]
    [TestCase("TERM", 143)]
    [CancelAfter(120_000)]
    public async Task A_signal_during_call_ends_it_with_128_plus_the_signal_and_prints_no_result(string signal, int exitCode,
        CancellationToken cancellationToken)
    {
        await using FakeLlmServer server = new FakeLlmServer().Always("a", new LlmReply { HangMs = 600_000 });
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("openclaw.json"), AgentConfig.For(server, fallbacks: []));
        var environment = new Dictionary<string, string> { ["OPENCLAW_CONFIG_PATH"] = dir.File("openclaw.json") };
        using OsProcess call = OsProcess.Start(RuntimeStartInfo.Create(RuntimeTrack.Core, ["call", "agent.run", "{\"message\":\"hi\"}"], dir.Path, environment))!;
        try
        {
            Task<string> stdout = call.StandardOutput.ReadToEndAsync(cancellationToken);
            Task<string> stderr = call.StandardError.ReadToEndAsync(cancellationToken);
            await server.WaitForRequestsAsync("a", 1, cancellationToken);

            using (OsProcess kill = OsProcess.Start("kill", ["-" + signal, call.Id.ToString(CultureInfo.InvariantCulture)])!)
            {
                await kill.WaitForExitAsync(cancellationToken);
            }

            using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bound.CancelAfter(TimeSpan.FromSeconds(20));
            await call.WaitForExitAsync(bound.Token);
            Assert.That(call.ExitCode, Is.EqualTo(exitCode), await stderr);
            Assert.That(await stdout, Is.Empty);
        }
        finally
        {
            if (!call.HasExited)
            {
                call.Kill(entireProcessTree: true);
            }
        }
    }
}

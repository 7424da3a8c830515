using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Support;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Process;

/// <summary>
/// An agent run whose provider never answers, cut short by a signal or by end of input: the run is answered -32800
/// naming the cause, and the process exits 0 long before the run's own 600 s timeout.
/// </summary>
[Platform("Linux")]
[Parallelizable(ParallelScope.All)]
public sealed class ShutdownDuringRunTests
{
    // Liveness bounds, not speed checks: the promises are 2 s after a signal and 2 s + 1 s after end of input.
    private static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(20);
    private const string Run = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"agent.run\",\"params\":{\"message\":\"hello\"}}";

    [TestCase("TERM")]
    [TestCase("INT")]
    [TestCase("HUP")]
    [CancelAfter(120_000)]
    public async Task A_signal_during_a_hanging_run_answers_it_32800_then_exits_0(string signal, CancellationToken cancellationToken)
    {
        await using FakeLlmServer server = HangingServer();
        using var dir = new TempDirectory();
        await using RuntimeProcess runtime = StartAgainst(server, dir);
        await runtime.SendAsync(Run, Framing.NewlineDelimited, cancellationToken);
        await server.WaitForRequestsAsync("a", 1, cancellationToken);

        var clock = Stopwatch.StartNew();
        using (OsProcess kill = OsProcess.Start("kill", ["-" + signal, runtime.Id.ToString(CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync(cancellationToken);
        }

        JsonElement answer = await ReadBoundedAsync(runtime, cancellationToken);
        TestContext.Progress.WriteLine($"answered {clock.ElapsedMilliseconds} ms after SIG{signal}");
        Assert.That(answer.GetProperty("id").GetInt32(), Is.EqualTo(7));
        JsonAssert.IsError(answer, -32800, "cancelled");
        Assert.That(answer.GetProperty("error").GetProperty("message").GetString(), Does.Contain("shutting down").And.Contain("SIG" + signal));
        Assert.That(await runtime.WaitForExitAsync(AnswerBound, cancellationToken), Is.Zero, runtime.Stderr);
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task End_of_input_during_a_hanging_run_answers_it_32800_after_the_grace_then_exits_0(CancellationToken cancellationToken)
    {
        await using FakeLlmServer server = HangingServer();
        using var dir = new TempDirectory();
        await using RuntimeProcess runtime = StartAgainst(server, dir);
        await runtime.SendAsync(Run, Framing.NewlineDelimited, cancellationToken);
        await server.WaitForRequestsAsync("a", 1, cancellationToken);

        var clock = Stopwatch.StartNew();
        runtime.CloseInput();
        JsonElement answer = await ReadBoundedAsync(runtime, cancellationToken);
        TestContext.Progress.WriteLine($"answered {clock.ElapsedMilliseconds} ms after end of input");
        Assert.That(answer.GetProperty("id").GetInt32(), Is.EqualTo(7));
        JsonAssert.IsError(answer, -32800, "cancelled");
        Assert.That(answer.GetProperty("error").GetProperty("message").GetString(), Does.Contain("the input ended"));
        Assert.That(await runtime.WaitForExitAsync(AnswerBound, cancellationToken), Is.Zero, runtime.Stderr);
    }

    private static FakeLlmServer HangingServer() => new FakeLlmServer().Always("a", new LlmReply { HangMs = 600_000 });

    private static RuntimeProcess StartAgainst(FakeLlmServer server, TempDirectory dir)
    {
        File.WriteAllText(dir.File("openclaw.json"), AgentConfig.For(server, fallbacks: []));
        return RuntimeProcess.Start(RuntimeTrack.Core, environment: new Dictionary<string, string> { ["OPENCLAW_CONFIG_PATH"] = dir.File("openclaw.json") });
    }

    private static async Task<JsonElement> ReadBoundedAsync(RuntimeProcess runtime, CancellationToken cancellationToken)
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(AnswerBound);
        return await runtime.ReadAsync(bound.Token);
    }
}

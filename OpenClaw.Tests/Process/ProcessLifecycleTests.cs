using System.Diagnostics;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Tests.Support;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Process;

/// <summary>How the real process ends: parent death, signals, end of input.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ProcessLifecycleTests
{
    // A liveness bound, not a speed check: the promise is 1 s, the bound leaves room for a loaded machine.
    private static readonly TimeSpan ExitBound = TimeSpan.FromSeconds(10);

    [TestCase("flag")]
    [TestCase("initialize")]
    [Platform("Linux")]
    [CancelAfter(120_000)]
    public async Task The_runtime_exits_when_its_parent_dies(string how, CancellationToken cancellationToken)
    {
        using OsProcess parent = OsProcess.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        string[] args = how == "flag" ? ["--parent-pid", parent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [];
        await using var runtime = RuntimeProcess.Start(RuntimeTrack.Core, args);
        if (how == "initialize")
        {
            await runtime.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{{\"processId\":{parent.Id}}}}}", Framing.ContentLength, cancellationToken: cancellationToken);
            JsonAssert.Result(await runtime.ReadAsync(cancellationToken));
        }
        else
        {
            await runtime.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"health\"}", Framing.NewlineDelimited, cancellationToken: cancellationToken);
            JsonAssert.Result(await runtime.ReadAsync(cancellationToken));
        }

        Assert.That(runtime.HasExited, Is.False, "stdin is still open, so only the watchdog can end it");
        var clock = Stopwatch.StartNew();
        parent.Kill();
        int code = await runtime.WaitForExitAsync(ExitBound, cancellationToken: cancellationToken);
        TestContext.Progress.WriteLine($"exited {clock.ElapsedMilliseconds} ms after the parent died");
        Assert.That(code, Is.Zero);
        Assert.That(runtime.Stderr, Does.Contain("parent process"));
    }

    [TestCase("TERM")]
    [TestCase("INT")]
    [Platform("Linux")]
    [CancelAfter(120_000)]
    public async Task A_signal_shuts_down_gracefully_with_exit_code_0(string signal, CancellationToken cancellationToken)
    {
        await using var runtime = RuntimeProcess.Start(RuntimeTrack.Edge);
        await runtime.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"health\"}", Framing.NewlineDelimited, cancellationToken: cancellationToken);
        JsonAssert.Result(await runtime.ReadAsync(cancellationToken));
        using OsProcess kill = OsProcess.Start("kill", ["-" + signal, runtime.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync(cancellationToken);
        Assert.That(await runtime.WaitForExitAsync(ExitBound, cancellationToken: cancellationToken), Is.Zero);
        Assert.That(runtime.Stderr, Does.Contain("shutting down"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task End_of_input_without_shutdown_exits_0(CancellationToken cancellationToken)
    {
        await using var runtime = RuntimeProcess.Start(RuntimeTrack.Core);
        await runtime.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\"}", Framing.ContentLength, cancellationToken: cancellationToken);
        JsonAssert.Result(await runtime.ReadAsync(cancellationToken));
        runtime.CloseInput();
        Assert.That(await runtime.WaitForExitAsync(ExitBound, cancellationToken: cancellationToken), Is.Zero);
    }
}

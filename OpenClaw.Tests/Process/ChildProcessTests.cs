using System.Diagnostics;
using System.Globalization;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Tests.Support;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Process;

/// <summary>
/// A long request over real stdio (a conversion whose KittenTTS stand-in hangs): a signal or the parent's death
/// kills the child process tree (cancellation, which needs no real process, is in TtsConvertTests).
/// </summary>
[Platform("Linux")]
[Parallelizable(ParallelScope.All)]
public sealed class ChildProcessTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Test]
    [CancelAfter(120_000)]
    public async Task A_signal_during_a_conversion_exits_0_and_kills_the_child(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        await using var runtime = StartWithHangingKitten(RuntimeTrack.Edge, dir, []);
        await runtime.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tts.convert\",\"params\":{\"text\":\"hi\"}}", Framing.NewlineDelimited, cancellationToken: cancellationToken);
        int child = await ChildPidAsync(dir, cancellationToken);
        using (OsProcess kill = OsProcess.Start("kill", ["-TERM", runtime.Id.ToString(CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync(cancellationToken);
        }

        Assert.That(await runtime.WaitForExitAsync(Bound, cancellationToken: cancellationToken), Is.Zero);
        Assert.That(await GoneAsync(child, cancellationToken), Is.True);
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task The_parents_death_during_a_conversion_kills_the_child_too(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        using OsProcess parent = OsProcess.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        await using var runtime = StartWithHangingKitten(RuntimeTrack.Core, dir, ["--parent-pid", parent.Id.ToString(CultureInfo.InvariantCulture)]);
        await runtime.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tts.convert\",\"params\":{\"text\":\"hi\"}}", Framing.NewlineDelimited, cancellationToken: cancellationToken);
        int child = await ChildPidAsync(dir, cancellationToken);
        parent.Kill();
        Assert.That(await runtime.WaitForExitAsync(Bound, cancellationToken: cancellationToken), Is.Zero);
        Assert.That(await GoneAsync(child, cancellationToken), Is.True);
    }

    private static RuntimeProcess StartWithHangingKitten(RuntimeTrack track, TempDirectory dir, string[] args)
    {
        string bin = StandInBinary.Write(dir, "kittentts", $"sleep 120 & echo $! > {dir.File("child.pid")}; wait");
        File.WriteAllText(dir.File("openclaw.json"), "{\"messages\":{\"tts\":{\"provider\":\"kittentts\",\"fallbacks\":[],\"timeoutMs\":120000}}}");
        return RuntimeProcess.Start(track, args, new Dictionary<string, string>
        {
            ["OPENCLAW_KITTENTTS_BIN"] = bin,
            ["OPENCLAW_CONFIG_PATH"] = dir.File("openclaw.json"),
        });
    }

    private static async Task<int> ChildPidAsync(TempDirectory dir, CancellationToken cancellationToken)
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(Bound);
        return await ChildProcessState.ReadPidAsync(dir.File("child.pid"), bound.Token);
    }

    private static Task<bool> GoneAsync(int pid, CancellationToken cancellationToken) => ChildProcessState.GoneWithinAsync(pid, Bound, cancellationToken);
}

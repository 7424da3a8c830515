using System.Diagnostics;
using System.Globalization;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Tests.Support;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Process;

/// <summary>
/// A long request over real stdio (a conversion whose KittenTTS stand-in hangs): a signal or the parent's death
/// kills the child process tree (cancellation, which needs no real process, is in TtsConvertCancellationTests).
/// </summary>
[Platform("Linux")]
[Parallelizable(ParallelScope.Children)]
public sealed class ChildProcessTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Test]
    public async Task A_signal_during_a_conversion_exits_0_and_kills_the_child()
    {
        using var dir = new TempDirectory();
        await using var runtime = StartWithHangingKitten(RuntimeTrack.Edge, dir, []);
        await runtime.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tts.convert\",\"params\":{\"text\":\"hi\"}}", Framing.NewlineDelimited);
        int child = await ChildPidAsync(dir);
        using (OsProcess kill = OsProcess.Start("kill", ["-TERM", runtime.Id.ToString(CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync();
        }

        Assert.That(await runtime.WaitForExitAsync(Bound), Is.Zero);
        Assert.That(await GoneAsync(child), Is.True);
    }

    [Test]
    public async Task The_parents_death_during_a_conversion_kills_the_child_too()
    {
        using var dir = new TempDirectory();
        using OsProcess parent = OsProcess.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        await using var runtime = StartWithHangingKitten(RuntimeTrack.Core, dir, ["--parent-pid", parent.Id.ToString(CultureInfo.InvariantCulture)]);
        await runtime.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tts.convert\",\"params\":{\"text\":\"hi\"}}", Framing.NewlineDelimited);
        int child = await ChildPidAsync(dir);
        parent.Kill();
        Assert.That(await runtime.WaitForExitAsync(Bound), Is.Zero);
        Assert.That(await GoneAsync(child), Is.True);
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

    private static async Task<int> ChildPidAsync(TempDirectory dir)
    {
        using var bound = new CancellationTokenSource(Bound);
        return await ChildProcessState.ReadPidAsync(dir.File("child.pid"), bound.Token);
    }

    private static Task<bool> GoneAsync(int pid) => ChildProcessState.GoneWithinAsync(pid, Bound);
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Tests.Support;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Process;

/// <summary>
/// A long request over real stdio (a conversion whose KittenTTS stand-in hangs): cancellation answers -32800,
/// and cancelling, a signal or the parent's death all kill the child process tree.
/// </summary>
[Platform("Linux")]
[Parallelizable(ParallelScope.Children)]
public sealed class ChildProcessTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Test]
    public async Task CancelRequest_stops_a_running_conversion_and_kills_its_child(
        [Values("core", "edge")] string track, [Values("newline", "content-length")] string framing)
    {
        using var dir = new TempDirectory();
        await using var runtime = StartWithHangingKitten(track == "core" ? RuntimeTrack.Core : RuntimeTrack.Edge, dir, []);
        Framing frames = TestFraming.Parse(framing);
        await runtime.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tts.convert\",\"params\":{\"text\":\"hi\",\"provider\":\"kittentts\"}}", frames);
        int child = await ChildPidAsync(dir);

        await runtime.SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":7}}", frames);
        JsonElement cancelled = await runtime.ReadAsync();
        Assert.That(cancelled.GetProperty("id").GetInt32(), Is.EqualTo(7));
        JsonAssert.IsError(cancelled, -32800, "cancelled");
        Assert.That(await GoneAsync(child), Is.True, "the child process was killed");

        await runtime.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"health\"}", frames);
        JsonAssert.Result(await runtime.ReadAsync());
    }

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
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Bound)
        {
            if (File.Exists(dir.File("child.pid")) && int.TryParse(File.ReadAllText(dir.File("child.pid")).Trim(), CultureInfo.InvariantCulture, out int pid))
            {
                return pid;
            }

            await Task.Delay(20);
        }

        throw new AssertionException("the stand-in binary never started");
    }

    private static async Task<bool> GoneAsync(int pid)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Bound)
        {
            string stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat) || File.ReadAllText(stat).Contains(") Z", StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }
}

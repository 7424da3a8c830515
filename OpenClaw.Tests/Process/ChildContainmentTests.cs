using System.Globalization;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Tests.Support;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Process;

/// <summary>
/// Children die with the runtime however it ends: a kill -9 of the runtime takes its child along (parent-death signal),
/// and a clean exit takes along even a grandchild the child double-forked (the child's own process group).
/// </summary>
[Platform("Linux")]
[Parallelizable(ParallelScope.All)]
public sealed class ChildContainmentTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Test]
    [CancelAfter(120_000)]
    public async Task Kill_9_of_the_runtime_kills_its_child(CancellationToken cancellationToken)
    {
        RequireUtilLinux();
        using var dir = new TempDirectory();
        (int child, int grandchild) = (0, 0);
        try
        {
            await using RuntimeProcess runtime = StartWithForkingKitten(dir);
            (child, grandchild) = await StartConversionAsync(runtime, dir, cancellationToken);
            using (var victim = OsProcess.GetProcessById(runtime.Id))
            {
                victim.Kill();
            }

            await runtime.WaitForExitAsync(Bound, cancellationToken);
            Assert.That(await ChildProcessState.GoneWithinAsync(child, Bound, cancellationToken), Is.True, "the kernel killed the child when the runtime died");
        }
        finally
        {
            // Documented limit: a grandchild the child double-forked has no parent-death signal and outlives a kill -9.
            KillIfAlive(child);
            KillIfAlive(grandchild);
        }
    }

    [TestCase("TERM")]
    [TestCase("end of input")]
    [CancelAfter(120_000)]
    public async Task A_clean_exit_kills_the_child_and_the_grandchild_it_double_forked(string how, CancellationToken cancellationToken)
    {
        RequireUtilLinux();
        using var dir = new TempDirectory();
        (int child, int grandchild) = (0, 0);
        try
        {
            await using RuntimeProcess runtime = StartWithForkingKitten(dir);
            (child, grandchild) = await StartConversionAsync(runtime, dir, cancellationToken);
            if (how == "TERM")
            {
                using OsProcess kill = OsProcess.Start("kill", ["-TERM", runtime.Id.ToString(CultureInfo.InvariantCulture)])!;
                await kill.WaitForExitAsync(cancellationToken);
            }
            else
            {
                runtime.CloseInput();
            }

            Assert.That(await runtime.WaitForExitAsync(Bound, cancellationToken), Is.Zero, runtime.Stderr);
            Assert.That(await ChildProcessState.GoneWithinAsync(child, Bound, cancellationToken), Is.True, "the child");
            Assert.That(await ChildProcessState.GoneWithinAsync(grandchild, Bound, cancellationToken), Is.True, "the double-forked grandchild");
        }
        finally
        {
            KillIfAlive(child);
            KillIfAlive(grandchild);
        }
    }

    private static void RequireUtilLinux()
    {
        if (!File.Exists("/usr/bin/setpriv") && !File.Exists("/bin/setpriv"))
        {
            Assert.Ignore("setpriv (util-linux) is not installed: children cannot get a parent-death signal here");
        }
    }

    private static RuntimeProcess StartWithForkingKitten(TempDirectory dir)
    {
        // The subshell starts the grandchild and exits at once, so the grandchild is reparented away from the tree.
        string bin = StandInBinary.Write(dir, "kittentts",
            $"echo $$ > {dir.File("child.pid")}\n( sleep 120 > /dev/null 2>&1 & echo $! > {dir.File("grandchild.pid")} )\nexec sleep 120");
        File.WriteAllText(dir.File("openclaw.json"), "{\"messages\":{\"tts\":{\"provider\":\"kittentts\",\"fallbacks\":[],\"timeoutMs\":120000}}}");
        return RuntimeProcess.Start(RuntimeTrack.Edge, [], new Dictionary<string, string>
        {
            ["OPENCLAW_KITTENTTS_BIN"] = bin,
            ["OPENCLAW_CONFIG_PATH"] = dir.File("openclaw.json"),
        });
    }

    private static async Task<(int Child, int Grandchild)> StartConversionAsync(RuntimeProcess runtime, TempDirectory dir, CancellationToken cancellationToken)
    {
        await runtime.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tts.convert\",\"params\":{\"text\":\"hi\"}}", Framing.NewlineDelimited, cancellationToken);
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(Bound);
        int child = await ChildProcessState.ReadPidAsync(dir.File("child.pid"), bound.Token);
        int grandchild = await ChildProcessState.ReadPidAsync(dir.File("grandchild.pid"), bound.Token);
        return (child, grandchild);
    }

    private static void KillIfAlive(int pid)
    {
        if (pid > 0 && !ChildProcessState.IsGone(pid))
        {
            try
            {
                using var process = OsProcess.GetProcessById(pid);
                process.Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
            }
        }
    }
}

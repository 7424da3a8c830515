using System.Diagnostics;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Rpc.Logging;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Hosting;

/// <summary>The parent watch ends the session when the parent dies, by waiting on it (pidfd) or by the polling fallback.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ParentWatchdogTests
{
    // A liveness bound, not a speed check: the promise is 1 s.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [TestCase(false)]
    [TestCase(true)]
    [Platform("Linux")]
    public async Task The_session_stops_when_the_watched_parent_dies(bool pollOnly)
    {
        using OsProcess parent = OsProcess.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        using var stop = new SessionStop();
        var log = new StringWriter();
        using var watchdog = new ParentWatchdog(TimeProvider.System, Log(log)) { PollOnly = pollOnly };
        watchdog.Watch(parent.Id, stop);

        await Task.Delay(300);
        Assert.That(stop.Token.IsCancellationRequested, Is.False, "the parent is alive");
        parent.Kill();
        await WaitAsync(stop.Token);
        Assert.That(stop.Reason, Is.EqualTo($"parent process {parent.Id} is gone"));
    }

    [Test]
    public async Task A_parent_that_is_already_gone_stops_the_session_at_once()
    {
        using OsProcess parent = OsProcess.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await parent.WaitForExitAsync();
        using var stop = new SessionStop();
        using var watchdog = new ParentWatchdog(TimeProvider.System, Log(new StringWriter()));
        watchdog.Watch(parent.Id, stop);
        await WaitAsync(stop.Token);
        Assert.That(stop.Reason, Does.Contain("is gone"));
    }

    [Test]
    [Platform("Linux")]
    public void The_polling_check_sees_a_live_process_and_a_missing_one()
    {
        Assert.That(ProcStat.IsAlive(ProcStat.PathOf(Environment.ProcessId)), Is.True);
        Assert.That(ProcStat.IsAlive(ProcStat.PathOf(int.MaxValue)), Is.False);
    }

    [Test]
    [Platform("Linux")]
    public void The_polling_check_allocates_nothing()
    {
        byte[] path = ProcStat.PathOf(Environment.ProcessId);
        ProcStat.IsAlive(path);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            ProcStat.IsAlive(path);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }

    private static RuntimeLog Log(TextWriter writer) => new(TextWriter.Synchronized(writer), LogLevel.Debug, new SecretRedactor(), TimeProvider.System);

    private static async Task WaitAsync(CancellationToken stopped)
    {
        var clock = Stopwatch.StartNew();
        while (!stopped.IsCancellationRequested && clock.Elapsed < Bound)
        {
            await Task.Delay(20, CancellationToken.None);
        }

        Assert.That(stopped.IsCancellationRequested, Is.True, "the watchdog did not stop the session");
    }
}

using System.Text;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Processes;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Processes;

/// <summary>The one way the runtime starts children: bounded output, exit codes, and the tree killed on cancel or timeout.</summary>
[Platform("Linux")]
[Parallelizable(ParallelScope.Children)]
public sealed class ProcessRunnerTests
{
    // Far more than a pipe buffer (64 KiB): a child that never reads its stdin blocks the write until it is killed.
    private static readonly byte[] Flood = new byte[4 * 1024 * 1024];

    [Test]
    [CancelAfter(20_000)]
    public async Task Cancelling_while_stdin_is_still_being_written_kills_the_child(CancellationToken testToken)
    {
        using var dir = new TempDirectory();
        string bin = NonReader(dir);
        using var cancel = new CancellationTokenSource();
        Task<ProcessResult> run = Runner().RunAsync(new ProcessSpec { FileName = bin, Stdin = Flood, Timeout = TimeSpan.FromMinutes(5) }, cancel.Token);
        int pid = await ChildProcessState.ReadPidAsync(dir.File("pid"), testToken);
        Assert.That(run.IsCompleted, Is.False, "the write cannot finish: the child never reads");

        await cancel.CancelAsync();

        Assert.That(async () => await run, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(ChildProcessState.IsGone(pid), Is.True, "the child was killed before the run returned");
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task A_timeout_while_stdin_is_still_being_written_kills_the_child_and_says_so(CancellationToken testToken)
    {
        using var dir = new TempDirectory();
        string bin = NonReader(dir);
        Task<ProcessResult> run = Runner().RunAsync(new ProcessSpec { FileName = bin, Stdin = Flood, Timeout = TimeSpan.FromMilliseconds(300) }, testToken);
        int pid = await ChildProcessState.ReadPidAsync(dir.File("pid"), testToken);

        ProcessResult result = await run;

        Assert.That(result.TimedOut, Is.True);
        Assert.That(result.ExitCode, Is.Null);
        Assert.That(ChildProcessState.IsGone(pid), Is.True);
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task Stdin_reaches_the_child_and_its_output_exit_code_and_stderr_come_back(CancellationToken testToken)
    {
        using var dir = new TempDirectory();
        string bin = StandInBinary.Write(dir, "echoer", "cat; echo oops >&2; exit 3");

        ProcessResult result = await Runner().RunAsync(
            new ProcessSpec { FileName = bin, Stdin = Encoding.UTF8.GetBytes("hello"), Timeout = TimeSpan.FromSeconds(10) }, testToken);

        Assert.That(Encoding.UTF8.GetString(result.Stdout), Is.EqualTo("hello"));
        Assert.That(result.ExitCode, Is.EqualTo(3));
        Assert.That(result.Stderr, Is.EqualTo("oops"));
        Assert.That(result.TimedOut, Is.False);
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task Output_beyond_the_limit_is_dropped_and_reported(CancellationToken testToken)
    {
        using var dir = new TempDirectory();
        string bin = StandInBinary.Write(dir, "flooder", "head -c 100000 /dev/zero");

        ProcessResult result = await Runner().RunAsync(
            new ProcessSpec { FileName = bin, Timeout = TimeSpan.FromSeconds(10), MaxStdoutBytes = 1000 }, testToken);

        Assert.That(result.Stdout, Has.Length.EqualTo(1000));
        Assert.That(result.StdoutTruncated, Is.True);
        Assert.That(result.ExitCode, Is.Zero);
    }

    [Test]
    public void A_binary_that_cannot_start_is_a_start_exception_naming_it()
    {
        using var dir = new TempDirectory();
        string bin = StandInBinary.Write(dir, "not-executable", "exit 0", executable: false);

        Assert.That(async () => await Runner().RunAsync(new ProcessSpec { FileName = bin, Timeout = TimeSpan.FromSeconds(5) }, CancellationToken.None),
            Throws.InstanceOf<ProcessStartException>().With.Message.Contains(bin));
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task A_child_outlives_the_thread_that_started_it(CancellationToken testToken)
    {
        // The parent-death signal fires when the forking *thread* exits; a retired pool thread must not kill a child.
        if (!ChildContainment.Detect().ParentDeathSignal)
        {
            Assert.Ignore("setpriv is not installed: children get no parent-death signal here");
        }

        using var dir = new TempDirectory();
        string bin = StandInBinary.Write(dir, "waiter", $"echo $$ > {dir.File("pid")}; while [ ! -e {dir.File("go")} ]; do sleep 0.05; done; echo alive");
        Task<ProcessResult>? run = null;
        string? starterTask = null;
        var starter = new Thread(() =>
        {
            starterTask = Path.GetFileName(new FileInfo("/proc/thread-self").LinkTarget);
            run = Runner().RunAsync(new ProcessSpec { FileName = bin, Timeout = TimeSpan.FromSeconds(15) }, CancellationToken.None);
        });
        starter.Start();
        starter.Join();
        await ChildProcessState.ReadPidAsync(dir.File("pid"), testToken);
        while (Directory.Exists($"/proc/self/task/{starterTask}"))
        {
            await Task.Delay(20, testToken);
        }

        File.WriteAllText(dir.File("go"), string.Empty);
        ProcessResult result = await run!;

        Assert.That(result.ExitCode, Is.Zero, "the child was not killed when its starting thread exited");
        Assert.That(Encoding.UTF8.GetString(result.Stdout).Trim(), Is.EqualTo("alive"));
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task Without_setpriv_and_setsid_children_still_run_with_their_stdin_and_stdout(CancellationToken testToken)
    {
        using var dir = new TempDirectory();
        string bin = StandInBinary.Write(dir, "echoer", "cat");
        var runner = new ProcessRunner(new ChildProcessRegistry(), new SecretRedactor(), TimeProvider.System, ChildContainment.None);

        ProcessResult result = await runner.RunAsync(
            new ProcessSpec { FileName = bin, Stdin = Encoding.UTF8.GetBytes("hello"), Timeout = TimeSpan.FromSeconds(10) }, testToken);

        Assert.That(Encoding.UTF8.GetString(result.Stdout), Is.EqualTo("hello"));
        Assert.That(result.ExitCode, Is.Zero);
    }

    private static ProcessRunner Runner() => new(new ChildProcessRegistry(), new SecretRedactor(), TimeProvider.System, ChildContainment.Detect());

    private static string NonReader(TempDirectory dir) => StandInBinary.Write(dir, "non-reader", $"echo $$ > {dir.File("pid")}; exec sleep 600");
}

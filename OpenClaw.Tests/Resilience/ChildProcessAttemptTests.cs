using System.Text;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Processes;
using OpenClaw.Rpc.Resilience;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Resilience;

/// <summary>An offline engine's child process as a chain attempt, with real stand-in scripts: what each way it ends becomes.</summary>
[Platform("Linux")]
[Parallelizable(ParallelScope.Children)]
public sealed class ChildProcessAttemptTests
{
    [Test]
    [CancelAfter(20_000)]
    public async Task Output_of_a_child_that_exits_zero_is_the_result(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        string bin = StandInBinary.Write(dir, "speaker", "printf 'RIFF'");

        ProcessResult result = await ChildProcessAttempt.RunAsync(Runner(), Spec(bin), cancellationToken);

        Assert.That(Encoding.ASCII.GetString(result.Stdout), Is.EqualTo("RIFF"));
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task A_non_zero_exit_is_a_permanent_failure_carrying_stderr()
    {
        using var dir = new TempDirectory();
        string bin = StandInBinary.Write(dir, "broken-tts", "echo 'no voice model at /models/en.onnx' >&2; exit 3");

        ProviderFailure failure = (await Assert.ThrowsAsync<ProviderFailure>(async () => await ChildProcessAttempt.RunAsync(Runner(), Spec(bin), CancellationToken.None)))!;

        Assert.That(failure.Kind, Is.EqualTo(FailureClass.Permanent));
        Assert.That(failure.Message, Is.EqualTo("broken-tts exited with code 3: no voice model at /models/en.onnx"));
        Assert.That(failure.IsTimeout, Is.False);
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task A_binary_that_cannot_start_is_a_permanent_failure_naming_it()
    {
        using var dir = new TempDirectory();
        string bin = StandInBinary.Write(dir, "not-executable", "exit 0", executable: false);

        ProviderFailure failure = (await Assert.ThrowsAsync<ProviderFailure>(async () => await ChildProcessAttempt.RunAsync(Runner(), Spec(bin), CancellationToken.None)))!;

        Assert.That(failure.Kind, Is.EqualTo(FailureClass.Permanent));
        Assert.That(failure.Message, Does.StartWith($"cannot start {bin}"));
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task Its_own_timeout_is_a_transient_timeout_that_says_the_child_was_killed(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        string bin = Sleeper(dir);
        Task<ProcessResult> run = ChildProcessAttempt.RunAsync(Runner(), Spec(bin) with { Timeout = TimeSpan.FromMilliseconds(300) }, cancellationToken);
        int pid = await ChildProcessState.ReadPidAsync(dir.File("pid"), cancellationToken);

        ProviderFailure failure = (await Assert.ThrowsAsync<ProviderFailure>(async () => await run))!;

        Assert.That(failure.Kind, Is.EqualTo(FailureClass.Transient));
        Assert.That(failure.IsTimeout, Is.True);
        Assert.That(failure.Message, Is.EqualTo("timed out after 300 ms; sleeper was killed"));
        Assert.That(ChildProcessState.IsGone(pid), Is.True);
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task Cancelled_it_kills_the_child_and_says_so_naming_the_binary(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        string bin = Sleeper(dir);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<ProcessResult> run = ChildProcessAttempt.RunAsync(Runner(), Spec(bin), cancel.Token);
        int pid = await ChildProcessState.ReadPidAsync(dir.File("pid"), cancellationToken);

        await cancel.CancelAsync();

        AttemptCancelledException cancelled = (await Assert.ThrowsAsync<AttemptCancelledException>(async () => await run))!;
        Assert.That(cancelled.Consequence, Is.EqualTo("sleeper was killed"));
        Assert.That(cancelled.CancellationToken, Is.EqualTo(cancel.Token));
        Assert.That(ChildProcessState.IsGone(pid), Is.True, "the child was killed before the attempt returned");
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task In_a_chain_the_attempt_timeout_kills_the_child_the_reason_says_so_and_the_fallback_answers(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        string bin = Sleeper(dir);
        var clock = new ChainClock();
        TestChain chain = TestChain.Create(ChainPolicy.SingleAttempt(TimeSpan.FromSeconds(5)), clock);
        ProcessRunner runner = Runner();
        Task<ChainOutcome<string, string>> run = chain.RunAsync(TestChain.Steps("offline", "cloud"),
            async (step, attempt) => step.Target == "offline"
                ? Encoding.ASCII.GetString((await ChildProcessAttempt.RunAsync(runner, Spec(bin), attempt.Token)).Stdout)
                : "from the cloud",
            cancellationToken);
        int pid = await ChildProcessState.ReadPidAsync(dir.File("pid"), cancellationToken);

        clock.Advance(TimeSpan.FromSeconds(5));

        ChainOutcome<string, string> outcome = await run;
        Assert.That(outcome.Attempts.Select(a => $"{a.Provider}:{a.Outcome}:{a.Reason}"),
            Is.EqualTo(new[] { "offline:timeout:timed out after 5000 ms; sleeper was killed", "cloud:success:" }));
        Assert.That(outcome.Result, Is.EqualTo("from the cloud"));
        Assert.That(ChildProcessState.IsGone(pid), Is.True);
    }

    private static ProcessRunner Runner() => new(new ChildProcessRegistry(), new SecretRedactor(), TimeProvider.System, ChildContainment.Detect());

    private static ProcessSpec Spec(string bin) => new() { FileName = bin };

    private static string Sleeper(TempDirectory dir) => StandInBinary.Write(dir, "sleeper", $"echo $$ > {dir.File("pid")}; exec sleep 600");
}

using System.Globalization;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>
/// The shipped executables over real stdio, once per behaviour only a process shows: a piped request and the exit code,
/// the hostile corpus with nothing but frames on stdout (core in newline framing, edge in Content-Length framing), and
/// every example transcript on each binary it names. In memory the same corpus and transcripts run on both tracks in both
/// framings (HostileInputTests, ConformanceTests).
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class StdioProcessTests
{
    [TestCase("core")]
    [TestCase("edge")]
    [CancelAfter(120_000)]
    public async Task A_piped_health_request_prints_one_response_line_and_exits_0(string track, CancellationToken cancellationToken)
    {
        CliRun run = await CliRun.ExecuteAsync(Track(track), [], "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"health\"}\n", cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        string[] lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), run.Stdout);
        using JsonDocument response = JsonDocument.Parse(lines[0]);
        Assert.That(response.RootElement.GetProperty("result").GetProperty("track").GetString(), Is.EqualTo(track));
    }

    [TestCaseSource(typeof(ConformanceNames), nameof(ConformanceNames.TranscriptPlaysOnBinaries))]
    [CancelAfter(60_000)]
    public async Task Every_example_transcript_plays_against_the_binary(string example, string track, string framing, CancellationToken cancellationToken)
    {
        JsonElement transcript = ExampleTranscript.Load(example, Track(track));
        await using var process = RuntimeProcess.Start(Track(track));
        await ExampleTranscript.PlayAsync(transcript, process, TestFraming.Parse(framing),
            () => { process.CloseInput(); return Task.CompletedTask; }, () => process.WaitForExitAsync(cancellationToken: cancellationToken), cancellationToken);
    }

    [TestCase("core", "newline")]
    [TestCase("edge", "content-length")]
    [CancelAfter(120_000)]
    public async Task The_hostile_corpus_is_answered_and_stdout_holds_nothing_but_frames(string track, string framing, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>
        {
            ["OPENCLAW_MAX_MESSAGE_BYTES"] = HostileInputCorpus.MaxMessageBytes.ToString(CultureInfo.InvariantCulture),
            ["OPENCLAW_LOG_LEVEL"] = "debug",
        };
        await using var process = RuntimeProcess.Start(Track(track), environment: environment);
        await HostileInputCorpus.RunAsync(process, TestFraming.Parse(framing), cancellationToken: cancellationToken);
        process.CloseInput();
        Assert.That(await process.WaitForExitAsync(cancellationToken: cancellationToken), Is.Zero, process.Stderr);
        int frames = StdoutHygiene.AssertOnlyFrames(process.StdoutBytes, TestFraming.Parse(framing));
        Assert.That(frames, Is.GreaterThan(60));
        Assert.That(process.Stderr, Does.Contain("refused a message"), "the debug log goes to stderr, not stdout");
    }

    [TestCase("edge", "newline", 11)]
    [TestCase("core", "content-length", 12)]
    [CancelAfter(120_000)]
    public async Task Two_thousand_fuzzed_frames_leave_only_frames_on_stdout_and_a_clean_exit(string track, string framing, int seed,
        CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string> { ["OPENCLAW_MAX_MESSAGE_BYTES"] = FuzzRun.MaxMessageBytes.ToString(CultureInfo.InvariantCulture) };
        await using var process = RuntimeProcess.Start(Track(track), environment: environment);
        await FuzzRun.PlayAsync(process, seed, TestFraming.Parse(framing), 2000, cancellationToken);
        process.CloseInput();
        Assert.That(await process.WaitForExitAsync(cancellationToken: cancellationToken), Is.Zero, process.Stderr);
        Assert.That(StdoutHygiene.AssertOnlyFrames(process.StdoutBytes, TestFraming.Parse(framing)), Is.GreaterThan(40));
    }

    private static RuntimeTrack Track(string name) => name == "core" ? RuntimeTrack.Core : RuntimeTrack.Edge;
}

using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary><c>call tts.convert … --out FILE</c>: the audio in a file, a line about it instead of the base64, no silent overwrite.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class CallOutFileProcessTests
{
    [Test]
    [CancelAfter(120_000)]
    public async Task Out_writes_the_decoded_audio_and_prints_a_line_about_it(CancellationToken cancellationToken)
    {
        Tools.RequireUnix();
        using var dir = new TempDirectory();
        byte[] tone = TestAudio.Tone();
        string hello = dir.File("hello.wav");

        CliRun run = await ConvertAsync(dir, ["--out", hello], cancellationToken);

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(File.ReadAllBytes(hello), Is.EqualTo(tone));
        Assert.That(run.Stdout.Trim(), Does.StartWith($"wrote {hello}: {tone.Length} bytes of wav, ").And.EndWith("from kittentts"));
        Assert.That(run.Stdout, Does.Not.Contain("audioBase64").And.Not.Contain("UklGR"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task An_existing_file_is_refused_before_any_work_unless_forced(CancellationToken cancellationToken)
    {
        Tools.RequireUnix();
        using var dir = new TempDirectory();
        string hello = dir.File("hello.wav");
        File.WriteAllText(hello, "keep me");

        CliRun refused = await ConvertAsync(dir, ["--out", hello], cancellationToken);
        Assert.That(refused.ExitCode, Is.EqualTo(64));
        Assert.That(refused.Stderr, Does.Contain("hello.wav exists; add --force to replace it"));
        Assert.That(File.ReadAllText(hello), Is.EqualTo("keep me"));
        Assert.That(File.Exists(dir.File("runs")), Is.False, "the provider ran although the output was refused");

        CliRun forced = await ConvertAsync(dir, ["--out", hello, "--force"], cancellationToken);
        Assert.That(forced.ExitCode, Is.Zero, forced.Stderr);
        Assert.That(File.ReadAllBytes(hello), Is.EqualTo(TestAudio.Tone()));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task A_link_at_the_path_is_refused_and_forced_replaces_the_link_not_its_target(CancellationToken cancellationToken)
    {
        Tools.RequireUnix();
        using var dir = new TempDirectory();
        string target = dir.File("precious.txt"), link = dir.File("hello.wav");
        File.WriteAllText(target, "precious");
        File.CreateSymbolicLink(link, target);

        CliRun refused = await ConvertAsync(dir, ["--out", link], cancellationToken);
        Assert.That(refused.ExitCode, Is.EqualTo(64));

        CliRun forced = await ConvertAsync(dir, ["--out", link, "--force"], cancellationToken);
        Assert.That(forced.ExitCode, Is.Zero, forced.Stderr);
        Assert.That(File.ReadAllText(target), Is.EqualTo("precious"));
        Assert.That(new FileInfo(link).LinkTarget, Is.Null);
        Assert.That(File.ReadAllBytes(link), Is.EqualTo(TestAudio.Tone()));
    }

    [TestCase("health")]
    [TestCase("tts.convert", "{\"text\":\"hi\",\"output\":\"file\"}")]
    public async Task Out_where_there_is_no_audio_in_the_answer_is_a_usage_error(params string[] call)
    {
        using var dir = new TempDirectory();
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["call", .. call, "--out", dir.File("x.wav")]);
        Assert.That(run.ExitCode, Is.EqualTo(64));
        Assert.That(run.Stderr, Does.Contain("--out"));
        Assert.That(File.Exists(dir.File("x.wav")), Is.False);
    }

    private static async Task<CliRun> ConvertAsync(TempDirectory dir, string[] options, CancellationToken cancellationToken)
    {
        string wav = dir.File("tone.wav");
        File.WriteAllBytes(wav, TestAudio.Tone());
        string bin = StandInBinary.Write(dir, "kittentts", $"cat > /dev/null\necho run >> {dir.File("runs")}\ncat {wav}");
        return await CliRun.ExecuteAsync(RuntimeTrack.Core, ["call", "tts.convert", "{\"text\":\"Hello\",\"provider\":\"kittentts\"}", .. options],
            environment: new Dictionary<string, string> { ["OPENCLAW_KITTENTTS_BIN"] = bin }, cancellationToken: cancellationToken);
    }
}

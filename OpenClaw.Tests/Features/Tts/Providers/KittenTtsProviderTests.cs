using System.Globalization;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts.Providers;

/// <summary>
/// A KittenTTS stand-in for each way a local binary fails: the conversion falls back to the next provider (a
/// local fake OpenAI server here), says what happened to each attempt, and never hangs past the timeout.
/// </summary>
[Platform("Linux,MacOsX")]
public sealed class KittenTtsProviderTests
{
    private const string Key = "sk-test-kitten-fallback-0001";

    [TestCase("absent", "skipped", "not found")]
    [TestCase("not executable", "skipped", "not executable")]
    [TestCase("crashes", "failed", "exited with code 3: model file missing")]
    [TestCase("prints nothing", "failed", "wrote no audio")]
    [TestCase("prints junk", "failed", "is not WAV audio")]
    [TestCase("hangs", "timeout", "timed out after 500 ms; kittentts was killed")]
    [TestCase("floods stdout", "failed", "wrote more than")]
    [CancelAfter(60_000)]
    public async Task A_failing_binary_falls_back_and_the_answer_says_what_happened(string mode, string outcome, string reason, CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        string bin = mode switch
        {
            "absent" => dir.File("kittentts-missing"),
            "not executable" => StandInBinary.Write(dir, "kittentts", "exit 0", executable: false),
            "crashes" => StandInBinary.Write(dir, "kittentts", "echo 'model file missing' >&2; exit 3"),
            "prints nothing" => StandInBinary.Write(dir, "kittentts", "cat > /dev/null; exit 0"),
            "prints junk" => StandInBinary.Write(dir, "kittentts", "cat > /dev/null; echo 'this is not audio'"),
            "hangs" => StandInBinary.Write(dir, "kittentts", $"sleep 60 & echo $! > {dir.File("child.pid")}; wait"),
            _ => StandInBinary.Write(dir, "kittentts", "cat > /dev/null; head -c 70000000 /dev/zero"),
        };
        await using var openai = new FakeHttpServer(_ => Task.FromResult(FakeResponse.Audio(TestAudio.Tone())));
        await using var harness = Start(openai, bin, timeoutMs: mode == "hangs" ? 500 : 10_000);

        JsonElement result = JsonAssert.Result(await harness.CallAsync("tts.convert", "{\"text\":\"Hello from OpenClaw\"}", cancellationToken: cancellationToken));

        Assert.That(result.GetProperty("provider").GetString(), Is.EqualTo("openai"));
        JsonElement[] attempts = [.. result.GetProperty("attempts").EnumerateArray()];
        Assert.That(attempts, Has.Length.EqualTo(2));
        Assert.That(attempts[0].GetProperty("provider").GetString(), Is.EqualTo("kittentts"));
        Assert.That(attempts[0].GetProperty("outcome").GetString(), Is.EqualTo(outcome));
        Assert.That(attempts[0].GetProperty("reason").GetString(), Does.Contain(reason));
        Assert.That(attempts[1].GetProperty("outcome").GetString(), Is.EqualTo("success"));
        if (mode == "hangs")
        {
            // The grandchild was sent SIGKILL with the tree; on a loaded machine it may take a moment to be scheduled and die.
            int pid = int.Parse(File.ReadAllText(dir.File("child.pid")).Trim(), CultureInfo.InvariantCulture);
            Assert.That(await ChildProcessState.GoneWithinAsync(pid, TimeSpan.FromSeconds(10), cancellationToken), Is.True, "the whole process tree was killed");
        }
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_working_binary_on_stdout_is_used_and_its_audio_measured(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("voice.wav"), TestAudio.Tone(24000, 750));
        string bin = StandInBinary.Write(dir, "kittentts", $"[ \"$1\" = --format ] && [ \"$2\" = wav ] || exit 9; cat > {dir.File("stdin.txt")}; cat {dir.File("voice.wav")}");
        await using var openai = new FakeHttpServer(_ => Task.FromResult(FakeResponse.Error(500)));
        await using var harness = Start(openai, bin, timeoutMs: 5000);

        JsonElement result = JsonAssert.Result(await harness.CallAsync("tts.convert", "{\"text\":\"-n not an option\"}", cancellationToken: cancellationToken));

        Assert.That(result.GetProperty("provider").GetString(), Is.EqualTo("kittentts"));
        Assert.That(result.GetProperty("sampleRate").GetInt32(), Is.EqualTo(24000));
        Assert.That(result.GetProperty("durationMs").GetInt64(), Is.EqualTo(750));
        Assert.That(File.ReadAllText(dir.File("stdin.txt")), Is.EqualTo("-n not an option"), "text goes on stdin, never through a shell");
        Assert.That(openai.Requests, Is.Empty, "no fallback was needed");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task The_child_gets_the_environment_without_any_secret(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("voice.wav"), TestAudio.Tone());
        string bin = StandInBinary.Write(dir, "kittentts", $"env > {dir.File("env.txt")}; cat > /dev/null; cat {dir.File("voice.wav")}");
        await using var openai = new FakeHttpServer(_ => Task.FromResult(FakeResponse.Error(500)));
        await using var harness = Start(openai, bin, timeoutMs: 5000);
        JsonAssert.Result(await harness.CallAsync("tts.convert", "{\"text\":\"hi\"}", cancellationToken: cancellationToken));
        string environment = File.ReadAllText(dir.File("env.txt"));
        Assert.That(environment, Does.Contain("PATH="));
        Assert.That(environment, Does.Not.Contain(Key).And.Not.Contain("OPENAI_API_KEY"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task An_args_template_with_text_and_output_file_is_honoured(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("voice.wav"), TestAudio.Tone());
        string bin = StandInBinary.Write(dir, "kittentts", $"printf '%s' \"$2\" > {dir.File("text.txt")}; cp {dir.File("voice.wav")} \"$4\"");
        await using var openai = new FakeHttpServer(_ => Task.FromResult(FakeResponse.Error(500)));
        string config = $"{{\"messages\":{{\"tts\":{{\"provider\":\"kittentts\",\"fallbacks\":[\"openai\"],\"openai\":{{\"baseUrl\":\"{openai.BaseUrl}/v1\"}}," +
            $"\"kittentts\":{{\"bin\":\"{bin}\",\"args\":[\"--text\",\"{{text}}\",\"--out\",\"{{output}}\"]}}}}}}}}";
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, configJson: config);

        JsonElement result = JsonAssert.Result(await harness.CallAsync("tts.convert", "{\"text\":\"it's a \\\"quoted\\\" $HOME; rm -rf x\"}", cancellationToken: cancellationToken));

        Assert.That(result.GetProperty("provider").GetString(), Is.EqualTo("kittentts"));
        Assert.That(File.ReadAllText(dir.File("text.txt")), Is.EqualTo("it's a \"quoted\" $HOME; rm -rf x"), "one argument, no shell expansion");
    }

    private static RpcHarness Start(FakeHttpServer openai, string kittenBin, int timeoutMs) => RpcHarness.Start(RuntimeTrack.Edge,
        environment: new Dictionary<string, string> { ["OPENCLAW_KITTENTTS_BIN"] = kittenBin, ["OPENAI_API_KEY"] = Key },
        configJson: $"{{\"messages\":{{\"tts\":{{\"provider\":\"kittentts\",\"fallbacks\":[\"openai\"],\"timeoutMs\":{timeoutMs},\"openai\":{{\"baseUrl\":\"{openai.BaseUrl}/v1\"}}}}}}}}");
}

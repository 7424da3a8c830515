using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Features.Voice;

public sealed class VoiceTranscribeTests
{
    private const string Sentence = "hello world. this is a test of the speech recognition.";

    [Test]
    [CancelAfter(60_000)]
    public async Task Espeak_to_wav_to_pocketsphinx_recognises_the_sentence([Values("path", "base64")] string input, CancellationToken cancellationToken)
    {
        Support.Tools.Require("espeak-ng", "pocketsphinx_continuous");
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        string wav = Path.Combine(harness.StateDir, "hello.wav");
        using (OsProcess espeak = OsProcess.Start("espeak-ng", ["-s", "140", "-w", wav, Sentence])!)
        {
            await espeak.WaitForExitAsync(cancellationToken);
        }

        string parameters = input == "path"
            ? JsonSerializer.Serialize(new Dictionary<string, string> { ["audioPath"] = wav })
            : JsonSerializer.Serialize(new Dictionary<string, string> { ["audioBase64"] = Convert.ToBase64String(File.ReadAllBytes(wav)) });
        JsonElement result = JsonAssert.Result(await harness.CallAsync("voice.transcribe", parameters, cancellationToken: cancellationToken));

        Assert.That(result.GetProperty("provider").GetString(), Is.EqualTo("pocketsphinx"));
        string[] heard = result.GetProperty("text").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] said = Sentence.Replace(".", string.Empty, StringComparison.Ordinal).Split(' ');
        string[] overlap = [.. heard.Intersect(said, StringComparer.OrdinalIgnoreCase)];
        TestContext.Progress.WriteLine($"pocketsphinx heard: {string.Join(' ', heard)}");
        Assert.That(overlap, Has.Length.GreaterThanOrEqualTo(3), $"heard '{string.Join(' ', heard)}'");
        Assert.That(result.GetProperty("durationMs").GetInt64(), Is.InRange(2000, 8000));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_path_outside_the_allowed_roots_is_refused(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        JsonElement response = await harness.CallAsync("voice.transcribe", "{\"audioPath\":\"/etc/hostname\"}", cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32014, "fileNotAllowed");
        Assert.That(response.GetProperty("error").GetProperty("message").GetString(), Does.Contain("voice.allowedRoots"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Dot_dot_cannot_escape_an_allowed_root(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        string sneaky = Path.Combine(harness.StateDir, "..", "..", "..", "etc", "hostname");
        JsonElement response = await harness.CallAsync("voice.transcribe", JsonSerializer.Serialize(new Dictionary<string, string> { ["audioPath"] = sneaky }), cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32014, "fileNotAllowed");
    }

    [TestCase("/etc/passwd")]
    [TestCase("/etc/shadow")]
    [TestCase("/proc/self/environ")]
    [Platform("Linux")]
    [CancelAfter(60_000)]
    public async Task A_link_inside_an_allowed_root_to_a_file_outside_is_refused(string target, CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        string link = Path.Combine(harness.StateDir, "innocent.wav");
        File.CreateSymbolicLink(link, target);
        JsonElement response = await harness.CallAsync("voice.transcribe", AudioPath(link), cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32014, "fileNotAllowed");
        Assert.That(Message(response), Does.Contain("outside the allowed roots"));
    }

    [Test]
    [Platform("Linux")]
    [CancelAfter(60_000)]
    public async Task A_directory_link_inside_an_allowed_root_cannot_lead_out_of_it(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        Directory.CreateSymbolicLink(Path.Combine(harness.StateDir, "etc"), "/etc");
        JsonElement response = await harness.CallAsync("voice.transcribe", AudioPath(Path.Combine(harness.StateDir, "etc", "passwd")), cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32014, "fileNotAllowed");
        Assert.That(Message(response), Does.Contain("/etc/passwd is outside the allowed roots"));
    }

    [Test]
    [Platform("Linux")]
    [CancelAfter(60_000)]
    public async Task A_link_that_stays_inside_the_allowed_roots_is_followed(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        File.WriteAllText(Path.Combine(harness.StateDir, "notes.txt"), "not audio");
        string link = Path.Combine(harness.StateDir, "alias.wav");
        File.CreateSymbolicLink(link, "notes.txt");
        JsonElement response = await harness.CallAsync("voice.transcribe", AudioPath(link), cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32602, "invalidParams");
        Assert.That(Message(response), Does.Contain("PCM WAV"), "the file was read and found not to be audio");
    }

    [Test]
    [Platform("Linux")]
    [CancelAfter(60_000)]
    public async Task A_link_to_dev_zero_is_refused_without_reading_it(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        string link = Path.Combine(harness.StateDir, "endless.wav");
        File.CreateSymbolicLink(link, "/dev/zero");
        JsonAssert.IsError(await harness.CallAsync("voice.transcribe", AudioPath(link), cancellationToken: cancellationToken), -32014, "fileNotAllowed");
    }

    [Test]
    [Platform("Linux")]
    [CancelAfter(60_000)]
    public async Task A_device_inside_an_allowed_root_is_refused_as_not_a_regular_file(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, configJson: "{\"voice\":{\"allowedRoots\":[\"/dev\"]}}");
        JsonElement response = await harness.CallAsync("voice.transcribe", AudioPath("/dev/zero"), cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32602, "invalidParams");
        Assert.That(response.GetProperty("error").GetProperty("data").GetProperty("path").GetString(), Is.EqualTo("$.audioPath"));
        Assert.That(Message(response), Does.Contain("/dev/zero is a character device, not a regular file"));
    }

    [Test]
    [Platform("Linux")]
    [CancelAfter(60_000)]
    public async Task The_size_limit_counts_the_bytes_read_not_the_size_stat_reports(CancellationToken cancellationToken)
    {
        // /proc files report size 0 whatever they hold; this process's memory map is far more than 1024 bytes.
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, configJson: "{\"voice\":{\"allowedRoots\":[\"/proc\"],\"maxAudioBytes\":1024}}");
        JsonElement response = await harness.CallAsync("voice.transcribe", AudioPath("/proc/self/maps"), cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32014, "fileNotAllowed");
        Assert.That(Message(response), Does.Contain("holds more than 1024 bytes").And.Contain("voice.maxAudioBytes"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_NUL_in_audioPath_is_invalid_params_naming_it(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        JsonElement response = await harness.CallAsync("voice.transcribe", "{\"audioPath\":\"a\\u0000b.wav\"}", cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32602, "invalidParams");
        Assert.That(response.GetProperty("error").GetProperty("data").GetProperty("path").GetString(), Is.EqualTo("$.audioPath"));
    }

    [TestCase("{}")]
    [TestCase("{\"audioPath\":\"a.wav\",\"audioBase64\":\"AAAA\"}")]
    [TestCase("{\"audioBase64\":\"not base64!\"}")]
    [TestCase("{\"audioBase64\":\"aGVsbG8gd29ybGQ=\"}")]
    [TestCase("{\"audioBase64\":\"AAAA\",\"provider\":\"siri\"}")]
    [CancelAfter(60_000)]
    public async Task Bad_transcribe_params_are_invalid_params(string parameters, CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        JsonAssert.IsError(await harness.CallAsync("voice.transcribe", parameters, cancellationToken: cancellationToken), -32602, "invalidParams");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task No_usable_engine_is_a_clear_error_listing_each_engine(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, configJson: "{\"voice\":{\"pocketsphinx\":{\"bin\":\"/nonexistent/pocketsphinx_continuous\"}}}");
        string audio = Convert.ToBase64String(TestAudio.Tone());
        JsonElement response = await harness.CallAsync("voice.transcribe", $"{{\"audioBase64\":\"{audio}\"}}", cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32013, "transcriptionFailed");
        JsonElement[] attempts = [.. response.GetProperty("error").GetProperty("data").GetProperty("attempts").EnumerateArray()];
        Assert.That(attempts.Select(a => a.GetProperty("provider").GetString()), Is.EqualTo(new[] { "whisper", "pocketsphinx" }));
        Assert.That(attempts[1].GetProperty("reason").GetString(), Does.Contain("not found: /nonexistent/pocketsphinx_continuous"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_language_the_model_does_not_cover_is_skipped_with_the_reason(CancellationToken cancellationToken)
    {
        Support.Tools.Require("pocketsphinx_continuous");
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        string audio = Convert.ToBase64String(TestAudio.Tone());
        JsonElement response = await harness.CallAsync("voice.transcribe", $"{{\"audioBase64\":\"{audio}\",\"language\":\"fr\"}}", cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32013, "transcriptionFailed");
        Assert.That(response.GetProperty("error").GetProperty("message").GetString(), Does.Contain("the pocketsphinx model is en-us, not fr"));
    }

    [Test]
    [Platform("Linux,MacOsX")]
    [CancelAfter(60_000)]
    public async Task A_configured_whisper_binary_is_tried_first_with_the_model_and_language(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("model.bin"), "ggml");
        string whisper = StandInBinary.Write(dir, "whisper-cli", $"echo \"$@\" > {dir.File("args.txt")}; echo ' hello from whisper '");
        var environment = new Dictionary<string, string> { ["OPENCLAW_WHISPER_BIN"] = whisper, ["OPENCLAW_WHISPER_MODEL"] = dir.File("model.bin") };
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, environment: environment);
        string audio = Convert.ToBase64String(TestAudio.Tone(44100));
        JsonElement result = JsonAssert.Result(await harness.CallAsync("voice.transcribe", $"{{\"audioBase64\":\"{audio}\",\"language\":\"de\"}}", cancellationToken: cancellationToken));
        Assert.That(result.GetProperty("provider").GetString(), Is.EqualTo("whisper"));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("hello from whisper"));
        Assert.That(File.ReadAllText(dir.File("args.txt")), Does.StartWith($"-m {dir.File("model.bin")} -f ").And.Contain("-l de"));
    }

    private static string AudioPath(string path) => JsonSerializer.Serialize(new Dictionary<string, string> { ["audioPath"] = path });

    private static string Message(JsonElement response) => response.GetProperty("error").GetProperty("message").GetString()!;
}

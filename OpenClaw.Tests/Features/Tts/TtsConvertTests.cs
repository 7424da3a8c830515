using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts;

/// <summary>
/// tts.convert: its params, where the audio goes, and cancellation. What each provider does is in Providers/, the
/// order they are tried in is in <see cref="TtsChainPlannerTests"/>.
/// </summary>
public sealed class TtsConvertTests
{
    [TestCase("{}", "$.text")]
    [TestCase("{\"text\":\"   \"}", "$.text")]
    [TestCase("{\"text\":\"hi\",\"format\":\"flac\"}", "$.format")]
    [TestCase("{\"text\":\"hi\",\"output\":\"stream\"}", "$.output")]
    [TestCase("{\"text\":\"hi\",\"provider\":\"nope\"}", "$.provider")]
    [TestCase("{\"text\":5}", "$.text")]
    public async Task Bad_convert_params_are_invalid_params_naming_the_member(string parameters, string path)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        JsonElement response = await harness.CallAsync("tts.convert", parameters);
        JsonAssert.IsError(response, -32602, "invalidParams");
        Assert.That(response.GetProperty("error").GetProperty("data").GetProperty("path").GetString(), Is.EqualTo(path));
    }

    [Test]
    public async Task Text_over_the_configured_limit_is_refused_with_both_numbers()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, configJson: "{\"messages\":{\"tts\":{\"maxTextLength\":10}}}");
        JsonElement response = await harness.CallAsync("tts.convert", "{\"text\":\"this is longer than ten\"}");
        JsonAssert.IsError(response, -32602, "invalidParams");
        Assert.That(response.GetProperty("error").GetProperty("message").GetString(), Does.Contain("23 characters, max 10"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Output_file_writes_the_audio_under_the_state_dir(CancellationToken cancellationToken)
    {
        Support.Tools.Require("espeak-ng");
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        JsonElement result = JsonAssert.Result(await harness.CallAsync("tts.convert", "{\"text\":\"file please\",\"output\":\"file\"}", cancellationToken: cancellationToken));
        string path = result.GetProperty("audioPath").GetString()!;
        Assert.That(Path.IsPathRooted(path), Is.True);
        Assert.That(path, Does.StartWith(Path.Combine(harness.StateDir, "audio") + Path.DirectorySeparatorChar).And.EndWith(".wav"));
        Assert.That(new FileInfo(path).Length, Is.EqualTo(result.GetProperty("bytes").GetInt32()));
        Assert.That(result.TryGetProperty("audioBase64", out _), Is.False);
    }

    /// <summary>
    /// <c>$/cancelRequest</c> during a conversion answers -32800 and kills the provider's child, even while the runtime
    /// is still writing the text to a child that never reads it (the write blocks, so the cancel lands there every time).
    /// </summary>
    [Test]
    [Platform("Linux")]
    [CancelAfter(30_000)]
    public async Task CancelRequest_mid_write_answers_cancelled_and_the_child_is_gone(CancellationToken testToken)
    {
        using var dir = new TempDirectory();
        string bin = StandInBinary.Write(dir, "kittentts", $"echo $$ > {dir.File("pid")}; exec sleep 600");
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, environment: new Dictionary<string, string> { ["OPENCLAW_KITTENTTS_BIN"] = bin },
            configJson: "{\"messages\":{\"tts\":{\"provider\":\"kittentts\",\"fallbacks\":[],\"maxTextLength\":1000000,\"timeoutMs\":120000}}}");
        string text = new('a', 500_000);

        await harness.SendLineAsync($"{{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tts.convert\",\"params\":{{\"text\":\"{text}\"}}}}");
        int pid = await ChildProcessState.ReadPidAsync(dir.File("pid"), testToken);
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":7}}");

        JsonElement cancelled = await harness.ReadAsync(testToken);
        Assert.That(cancelled.GetProperty("id").GetInt32(), Is.EqualTo(7));
        JsonAssert.IsError(cancelled, -32800, "cancelled");
        Assert.That(ChildProcessState.IsGone(pid), Is.True, "the child was killed before the answer was sent");
        JsonAssert.Result(await harness.CallAsync("health", id: 8, cancellationToken: testToken));
    }
}

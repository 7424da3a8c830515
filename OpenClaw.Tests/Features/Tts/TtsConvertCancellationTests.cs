using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts;

/// <summary>
/// <c>$/cancelRequest</c> during a conversion answers -32800 and kills the provider's child, even while the runtime
/// is still writing the text to a child that never reads it (the write blocks, so the cancel lands there every time).
/// </summary>
[Platform("Linux")]
public sealed class TtsConvertCancellationTests
{
    [Test]
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

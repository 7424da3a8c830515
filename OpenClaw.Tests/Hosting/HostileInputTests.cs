using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Hosting;

/// <summary>The hostile corpus on both tracks in both framings; the binaries run it too, once each, for stdout hygiene (StdioProcessTests).</summary>
public sealed class HostileInputTests
{
    private static readonly Dictionary<string, string> SmallLimit = new()
    {
        ["OPENCLAW_MAX_MESSAGE_BYTES"] = HostileInputCorpus.MaxMessageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Test]
    public async Task Every_hostile_input_gets_its_answer_and_the_connection_goes_on(
        [Values(RuntimeTrack.Core, RuntimeTrack.Edge)] RuntimeTrack track, [Values("newline", "content-length")] string framing)
    {
        await using var harness = RpcHarness.Start(track, environment: SmallLimit);
        await HostileInputCorpus.RunAsync(harness, TestFraming.Parse(framing));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_5_MB_method_name_is_cut_in_the_method_not_found_message(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start();
        string method = new('m', 5 * 1024 * 1024);
        JsonElement response = await harness.CallAsync(method, cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32601, "methodNotFound");
        string message = response.GetProperty("error").GetProperty("message").GetString()!;
        Assert.That(message, Has.Length.LessThan(400));
        Assert.That(message, Does.Contain(new string('m', 200) + "\u2026"), "the start of the name is kept and the cut is marked");
    }

    [Test]
    public async Task A_body_longer_than_the_stream_is_a_parse_error_at_end_of_input()
    {
        await using var harness = RpcHarness.Start();
        await harness.SendRawAsync("Content-Length: 500\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"health\"}");
        Task<SessionEnd> ended = harness.CloseInputAsync();
        JsonAssert.IsError(await harness.ReadAsync(), -32700, "parseError");
        Assert.That((await ended).ExitCode, Is.Zero);
    }
}

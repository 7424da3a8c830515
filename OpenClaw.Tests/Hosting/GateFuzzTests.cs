using System.Globalization;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Hosting;

/// <summary>
/// Seeded fuzz of the gate: 2,000 hostile frames per framing, a health probe after every 50 that must be answered, and
/// every answer a well-formed JSON-RPC response. The binaries play one seed per framing too (Process/StdioProcessTests).
/// </summary>
public sealed class GateFuzzTests
{
    private static readonly Dictionary<string, string> SmallLimit = new()
    {
        ["OPENCLAW_MAX_MESSAGE_BYTES"] = FuzzRun.MaxMessageBytes.ToString(CultureInfo.InvariantCulture),
    };

    [Test]
    [CancelAfter(120_000)]
    public async Task Two_thousand_hostile_frames_leave_the_connection_serving(
        [Values(1, 2, 3)] int seed, [Values("newline", "content-length")] string framing, CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, environment: SmallLimit);
        IReadOnlyList<System.Text.Json.JsonElement> answers = await FuzzRun.PlayAsync(harness, seed, TestFraming.Parse(framing), 2000, cancellationToken);
        int[] codes = [.. answers.Where(a => a.TryGetProperty("error", out _)).Select(a => a.GetProperty("error").GetProperty("code").GetInt32()).Distinct()];
        Assert.That(codes, Is.SupersetOf(new[] { -32700, -32600, -32601 }), "the fuzz reached the gate's refusals, not only well-formed requests");
        Assert.That(answers.Count(a => a.TryGetProperty("result", out _)), Is.GreaterThan(40), "the probes and the valid requests were served");
    }
}

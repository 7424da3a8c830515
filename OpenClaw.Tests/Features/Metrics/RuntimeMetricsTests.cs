using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Metrics;

public sealed class RuntimeMetricsTests
{
    [Test]
    public async Task Requests_are_counted_by_method_and_outcome_with_latency_and_tts_attempts()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, configJson: "{\"messages\":{\"tts\":{\"espeak\":{\"bin\":\"/nonexistent/espeak-ng\"}}}}");
        JsonAssert.Result(await harness.CallAsync("health", id: 1));
        JsonAssert.Result(await harness.CallAsync("health", id: 2));
        JsonAssert.IsError(await harness.CallAsync("tts.convert", "{\"text\":\"hi\",\"provider\":\"espeak\"}", id: 3), -32012, "ttsFailed");
        JsonAssert.IsError(await harness.CallAsync("made.up.method", id: 4), -32601, "methodNotFound");
        JsonAssert.IsError(await harness.CallAsync("another.one", id: 5), -32601, "methodNotFound");

        JsonElement metrics = JsonAssert.Result(await harness.CallAsync("runtime.metrics", id: 6));

        string[] requests = [.. metrics.GetProperty("requests").EnumerateArray()
            .Select(r => $"{r.GetProperty("method").GetString()} {r.GetProperty("outcome").GetString()} {r.GetProperty("count").GetInt64()}")];
        Assert.That(requests, Is.EqualTo(new[] { "(unknown) -32601 2", "health ok 2", "tts.convert -32012 1" }));
        JsonElement health = metrics.GetProperty("latency").EnumerateArray().Single(l => l.GetProperty("method").GetString() == "health");
        Assert.That(health.GetProperty("count").GetInt64(), Is.EqualTo(2));
        Assert.That(health.GetProperty("buckets").EnumerateArray().Sum(b => b.GetProperty("count").GetInt64()), Is.EqualTo(2));
        JsonElement attempt = metrics.GetProperty("counters").EnumerateArray().Single();
        Assert.That(attempt.GetProperty("name").GetString(), Is.EqualTo("tts.attempts"));
        Assert.That(attempt.GetProperty("labels").GetProperty("provider").GetString(), Is.EqualTo("espeak"));
        Assert.That(attempt.GetProperty("labels").GetProperty("outcome").GetString(), Is.EqualTo("skipped"));
        Assert.That(metrics.GetProperty("memory").GetProperty("rssBytes").GetInt64(), Is.Positive);
    }

    [Test]
    public async Task Core_does_not_serve_metrics()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        JsonAssert.IsError(await harness.CallAsync("runtime.metrics"), -32601, "methodNotFound");
    }
}

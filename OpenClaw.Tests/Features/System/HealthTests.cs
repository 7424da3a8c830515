using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.System;

public sealed class HealthTests
{
    [Test]
    public async Task Health_reports_track_version_uptime_and_memory()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        JsonElement result = JsonAssert.Result(await harness.CallAsync("health"));
        Assert.That(result.GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(result.GetProperty("track").GetString(), Is.EqualTo("edge"));
        Assert.That(result.GetProperty("version").GetString(), Is.EqualTo("0.1.0"));
        Assert.That(result.GetProperty("uptimeMs").GetInt64(), Is.GreaterThanOrEqualTo(0));
        Assert.That(result.GetProperty("memory").GetProperty("rssBytes").GetInt64(), Is.GreaterThan(1_000_000));
        Assert.That(result.GetProperty("requestsInFlight").GetInt32(), Is.Zero);
    }
}

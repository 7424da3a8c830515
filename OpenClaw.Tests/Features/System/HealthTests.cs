using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.System;

public sealed class HealthTests
{
    [Test]
    public async Task Health_reports_track_version_uptime_and_memory()
    {
        var clock = new FakeTimeProvider();
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, time: clock);
        JsonElement result = JsonAssert.Result(await harness.CallAsync("health"));
        Assert.That(result.GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(result.GetProperty("track").GetString(), Is.EqualTo("edge"));
        Assert.That(result.GetProperty("version").GetString(), Is.EqualTo("0.1.0"));
        Assert.That(result.GetProperty("memory").GetProperty("rssBytes").GetInt64(), Is.GreaterThan(1_000_000));
        Assert.That(result.GetProperty("requestsInFlight").GetInt32(), Is.Zero);
        long before = result.GetProperty("uptimeMs").GetInt64();

        clock.Advance(TimeSpan.FromMilliseconds(1520));
        JsonElement later = JsonAssert.Result(await harness.CallAsync("health", id: 2));

        Assert.That(later.GetProperty("uptimeMs").GetInt64() - before, Is.EqualTo(1520), "uptime follows the runtime's clock");
    }
}

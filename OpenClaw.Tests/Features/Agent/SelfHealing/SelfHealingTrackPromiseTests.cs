using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Features.Diagnostics;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent.SelfHealing;

/// <summary>Core promises conservative recovery; the doctor's trackContract check warns when the config goes beyond it.</summary>
public sealed class SelfHealingTrackPromiseTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Core_beyond_its_conservative_promise_is_a_track_contract_warning(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(configJson: "{\"runtime\":{\"selfHealing\":{\"maxAttempts\":5,\"circuitBreaker\":true}}}");
        JsonElement check = DoctorTests.Check(JsonAssert.Result(await harness.CallAsync("doctor", cancellationToken: cancellationToken)), "trackContract");
        Assert.That(check.GetProperty("status").GetString(), Is.EqualTo("warn"));
        Assert.That(check.GetProperty("detail").GetString(), Is.EqualTo(
            "runtime.selfHealing.maxAttempts is 5; core promises at most 3; runtime.selfHealing.circuitBreaker is on; core promises none (use openclaw-edge)"));

        await using var edge = RpcHarness.Start(RuntimeTrack.Edge, configJson: "{\"runtime\":{\"selfHealing\":{\"maxAttempts\":5}}}");
        Assert.That(DoctorTests.Check(JsonAssert.Result(await edge.CallAsync("doctor", cancellationToken: cancellationToken)), "trackContract").GetProperty("status").GetString(), Is.EqualTo("pass"));
    }
}

using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Features.Diagnostics;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent.SelfHealing;

/// <summary>The selfHealing doctor check: the policy in force, and a warning for the kill switch or a raised maximum backoff.</summary>
public sealed class SelfHealingDoctorCheckTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Doctor_reports_the_self_healing_policy_and_warns_on_the_kill_switch(CancellationToken cancellationToken)
    {
        await using var on = RpcHarness.Start(RuntimeTrack.Edge);
        JsonElement check = DoctorTests.Check(JsonAssert.Result(await on.CallAsync("doctor", cancellationToken: cancellationToken)), "selfHealing");
        Assert.That(check.GetProperty("status").GetString(), Is.EqualTo("pass"));
        Assert.That(check.GetProperty("message").GetString(),
            Is.EqualTo("on: 4 attempts per provider, backoff 200..5000 ms, attempt timeout 60000 ms, circuit breaker per provider"));

        await using var off = RpcHarness.Start(configJson: "{\"runtime\":{\"selfHealing\":{\"enabled\":false}}}");
        JsonElement offCheck = DoctorTests.Check(JsonAssert.Result(await off.CallAsync("doctor", cancellationToken: cancellationToken)), "selfHealing");
        Assert.That(offCheck.GetProperty("status").GetString(), Is.EqualTo("warn"));
        Assert.That(offCheck.GetProperty("message").GetString(), Does.StartWith("self-healing is off (kill switch)"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_backoff_above_its_maximum_raises_the_maximum_with_a_warning(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(configJson: "{\"runtime\":{\"selfHealing\":{\"backoffMs\":3000,\"maxBackoffMs\":1000}}}");
        JsonElement providers = JsonAssert.Result(await harness.CallAsync("agent.providers", cancellationToken: cancellationToken));
        Assert.That(providers.GetProperty("selfHealing").GetProperty("policy").GetProperty("maxBackoffMs").GetInt32(), Is.EqualTo(3000));
        JsonElement check = DoctorTests.Check(JsonAssert.Result(await harness.CallAsync("doctor", id: 2, cancellationToken: cancellationToken)), "selfHealing");
        Assert.That(check.GetProperty("status").GetString(), Is.EqualTo("warn"));
        Assert.That(check.GetProperty("message").GetString(), Is.EqualTo("backoffMs is above maxBackoffMs, which was raised to match"));
    }
}

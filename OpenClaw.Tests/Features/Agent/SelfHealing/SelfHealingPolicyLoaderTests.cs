using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent.SelfHealing;

/// <summary>runtime.selfHealing.* and OPENCLAW_SELF_HEAL_*: variables override the file, and a value out of its bounds stops start-up naming it.</summary>
public sealed class SelfHealingPolicyLoaderTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Environment_variables_override_the_config_knobs(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.Error(502)).Always("b", LlmReply.OpenAiText("ok"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, selfHealing: "{\"maxAttempts\":1,\"backoffMs\":300}"),
            environment: AgentConfig.Environment(("OPENCLAW_SELF_HEAL_MAX_ATTEMPTS", "3"), ("OPENCLAW_SELF_HEAL_BACKOFF_MS", "0")));
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", cancellationToken: cancellationToken));
        JsonElement healing = AgentConfig.SelfHealing(result);
        Assert.That(healing.GetProperty("policy").GetProperty("maxAttempts").GetInt32(), Is.EqualTo(3));
        Assert.That(healing.GetProperty("policy").GetProperty("backoffMs").GetInt32(), Is.Zero);
        Assert.That(server.RequestsTo("a"), Has.Count.EqualTo(3));
        JsonElement settings = JsonAssert.Result(await harness.CallAsync("config.get", id: 2, cancellationToken: cancellationToken));
        JsonElement knob = settings.GetProperty("settings").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "runtime.selfHealing.maxAttempts");
        Assert.That(knob.GetProperty("source").GetString(), Is.EqualTo("env"));
    }

    [TestCase("OPENCLAW_SELF_HEAL_MAX_ATTEMPTS", "7", "OPENCLAW_SELF_HEAL_MAX_ATTEMPTS")]
    [TestCase("OPENCLAW_SELF_HEAL_BACKOFF_MS", "lots", "OPENCLAW_SELF_HEAL_BACKOFF_MS")]
    [TestCase("OPENCLAW_SELF_HEAL_ENABLED", "maybe", "OPENCLAW_SELF_HEAL_ENABLED")]
    public void An_out_of_bounds_variable_stops_start_up_naming_it(string variable, string value, string key)
    {
        var error = Assert.Throws<ConfigException>(() => RpcHarness.Start(environment: new Dictionary<string, string> { [variable] = value }));
        Assert.That(error!.Key, Is.EqualTo(key));
    }

    [TestCase("{\"maxAttempts\":0}", "runtime.selfHealing.maxAttempts")]
    [TestCase("{\"maxAttempts\":7}", "runtime.selfHealing.maxAttempts")]
    [TestCase("{\"backoffMs\":5001}", "runtime.selfHealing.backoffMs")]
    [TestCase("{\"maxBackoffMs\":60001}", "runtime.selfHealing.maxBackoffMs")]
    [TestCase("{\"attemptTimeoutMs\":99}", "runtime.selfHealing.attemptTimeoutMs")]
    public void Config_out_of_bounds_stops_start_up_naming_the_key(string selfHealing, string key)
    {
        var error = Assert.Throws<ConfigException>(() => RpcHarness.Start(configJson: $"{{\"runtime\":{{\"selfHealing\":{selfHealing}}}}}"));
        Assert.That(error!.Key, Is.EqualTo(key));
    }
}

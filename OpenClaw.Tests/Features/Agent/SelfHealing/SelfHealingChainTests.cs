using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent.SelfHealing;

/// <summary>Edge opens a circuit per provider after repeated transient failures, and shows it in agent.providers and runtime.metrics.</summary>
public sealed class SelfHealingChainTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task A_failing_provider_trips_its_circuit_and_later_runs_skip_it_without_calling_it(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.Error(500)).Always("b", LlmReply.OpenAiText("ok"));
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement first = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", id: 1, cancellationToken: cancellationToken));
        Assert.That(AgentConfig.Attempts(AgentConfig.SelfHealing(first)),
            Is.EqualTo(new[] { "a/m1:failed", "a/m1:failed", "a/m1:failed", "a/m1:failed", "b/m1:success" }));
        JsonElement second = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"again\"}", id: 2, cancellationToken: cancellationToken));
        JsonElement[] attempts = [.. AgentConfig.SelfHealing(second).GetProperty("attempts").EnumerateArray()];
        Assert.That(AgentConfig.Attempts(AgentConfig.SelfHealing(second)), Is.EqualTo(new[] { "a/m1:skipped", "b/m1:success" }));
        Assert.That(attempts[0].GetProperty("reason").GetString(), Does.StartWith("circuit open after repeated failures"));
        Assert.That(server.RequestsTo("a"), Has.Count.EqualTo(4), "an open circuit costs no request");

        JsonElement providers = JsonAssert.Result(await harness.CallAsync("agent.providers", id: 3, cancellationToken: cancellationToken));
        Assert.That(providers.GetProperty("providers").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "a").GetProperty("circuit").GetString(),
            Is.EqualTo("open"));
        Assert.That(providers.GetProperty("providers").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "b").GetProperty("circuit").GetString(),
            Is.EqualTo("closed"));

        JsonElement metrics = JsonAssert.Result(await harness.CallAsync("runtime.metrics", id: 4, cancellationToken: cancellationToken));
        long Counter(string name, string provider, string? outcome = null) => metrics.GetProperty("counters").EnumerateArray()
            .Where(c => c.GetProperty("name").GetString() == name && c.GetProperty("labels").GetProperty("provider").GetString() == provider
                && (outcome is null || c.GetProperty("labels").TryGetProperty("outcome", out JsonElement o) && o.GetString() == outcome
                    || c.GetProperty("labels").TryGetProperty("state", out JsonElement s) && s.GetString() == outcome))
            .Sum(c => c.GetProperty("value").GetInt64());
        Assert.That(Counter("selfHealing.attempts", "a", "failed"), Is.EqualTo(4));
        Assert.That(Counter("selfHealing.attempts", "a", "skipped"), Is.EqualTo(1));
        Assert.That(Counter("selfHealing.attempts", "b", "success"), Is.EqualTo(2));
        Assert.That(Counter("selfHealing.recoveries", "b"), Is.EqualTo(1), "only the first run recovered from a failure");
        Assert.That(Counter("selfHealing.circuit", "a", "open"), Is.EqualTo(1));
        Assert.That(OpenRpcSchemas.Problems(OpenRpcSchemas.Shipped.Result("runtime.metrics"), metrics), Is.Empty, "the answer is the documented shape");
    }
}

using System.Text.Json;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent;

/// <summary>agent.providers: every provider, configured or not, without its key, and the default chain.</summary>
public sealed class AgentProvidersTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Agent_providers_lists_every_provider_without_its_key(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer();
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, primary: "k/m1", fallbacks: ["openai/gpt-4o-mini", "a/m1"]),
            environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.providers", cancellationToken: cancellationToken));
        JsonElement[] providers = [.. result.GetProperty("providers").EnumerateArray()];
        Assert.That(providers.Select(p => p.GetProperty("id").GetString()), Is.EqualTo(new[] { "a", "b", "k", "c", "openai", "anthropic", "openrouter", "ollama" }));
        JsonElement k = providers.Single(p => p.GetProperty("id").GetString() == "k");
        Assert.That(k.GetProperty("configured").GetBoolean(), Is.True);
        Assert.That(k.GetProperty("keyPresent").GetBoolean(), Is.True);
        Assert.That(k.GetProperty("keySource").GetString(), Is.EqualTo("TEST_LLM_KEY"));
        Assert.That(k.GetProperty("models").EnumerateArray().Select(m => m.GetString()), Is.EqualTo(new[] { "m1", "m2" }));
        JsonElement openai = providers.Single(p => p.GetProperty("id").GetString() == "openai");
        Assert.That(openai.GetProperty("configured").GetBoolean(), Is.False);
        Assert.That(openai.GetProperty("reason").GetString(), Is.EqualTo("not configured: OPENAI_API_KEY is not set"));
        Assert.That(k.TryGetProperty("circuit", out _), Is.False, "core has no circuit breaker");
        Assert.That(result.GetProperty("chain").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "k/m1", "openai/gpt-4o-mini", "a/m1" }));
        AgentConfig.AssertNoSecret(harness, result);
    }
}

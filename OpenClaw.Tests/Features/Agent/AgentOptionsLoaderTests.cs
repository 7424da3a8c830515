using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent;

/// <summary>models.providers.* and agents.defaults.* as start-up reads them: the upstream shape loads, a bad value stops start-up naming the key.</summary>
public sealed class AgentOptionsLoaderTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task The_upstream_config_shape_loads_unchanged(CancellationToken cancellationToken)
    {
        const string upstream = """
            { "models": { "providers": {
                "local": { "baseUrl": "http://127.0.0.1:11434/v1", "api": "openai-completions", "models": [{ "id": "llama3.2" }] },
                "openai": { "baseUrl": "https://api.openai.com/v1", "apiKey": "${OPENAI_API_KEY}", "api": "openai-completions", "models": [{ "id": "gpt-4o-mini" }] },
                "anthropic": { "baseUrl": "https://api.anthropic.com", "api": "anthropic-messages", "models": [{ "id": "claude-sonnet-4-5" }] } } },
              "agents": { "defaults": { "model": { "primary": "openai/gpt-4o-mini", "fallbacks": ["local/llama3.2"] } } },
              "messages": { "tts": { "provider": "espeak", "maxTextLength": 4096, "timeoutMs": 30000 } },
              "runtime": { "selfHealing": { "enabled": true, "maxAttempts": 2, "backoffMs": 250 } } }
            """;
        await using var harness = RpcHarness.Start(configJson: upstream);
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.providers", cancellationToken: cancellationToken));
        Assert.That(result.GetProperty("chain").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "openai/gpt-4o-mini", "local/llama3.2" }));
    }

    [TestCase("{\"models\":{\"providers\":{\"x\":{\"api\":\"grpc\",\"baseUrl\":\"http://127.0.0.1:1\"}}}}", "models.providers.x.api")]
    [TestCase("{\"models\":{\"providers\":{\"x\":{\"models\":[\"m\"]}}}}", "models.providers.x.baseUrl")]
    [TestCase("{\"models\":{\"providers\":{\"x\":{\"baseUrl\":\"ftp://h\"}}}}", "models.providers.x.baseUrl")]
    [TestCase("{\"models\":{\"providers\":{\"x\":{\"baseUrl\":\"http://h\",\"models\":[{\"name\":\"m\"}]}}}}", "models.providers.x.models[0]")]
    [TestCase("{\"models\":{\"providers\":{\"x\":{\"baseUrl\":\"http://h\"}}}}", "models.providers.x.models")]
    [TestCase("{\"agents\":{\"defaults\":{\"model\":{\"primary\":\"nobody/m\"}}}}", "agents.defaults.model.primary")]
    [TestCase("{\"agents\":{\"defaults\":{\"model\":{\"primary\":\"openai\"}}}}", "agents.defaults.model.primary")]
    [TestCase("{\"agents\":{\"defaults\":{\"model\":{\"fallbacks\":[\"openai/x\", 3]}}}}", "agents.defaults.model.fallbacks[1]")]
    [TestCase("{\"models\":{\"providers\":{\"x\":{\"baseUrl\":\"http://h\",\"models\":[{\"id\":\"m\",\"maxTokens\":\"lots\"}]}}}}", "models.providers.x.models[0].maxTokens")]
    public void Invalid_agent_config_stops_start_up_naming_the_key(string config, string key)
    {
        var error = Assert.Throws<ConfigException>(() => RpcHarness.Start(configJson: config));
        Assert.That(error!.Key, Is.EqualTo(key));
    }
}

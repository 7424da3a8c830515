using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent;

/// <summary>agent.run and agent.providers end to end against a local fake server: both APIs, plain and streamed.</summary>
public sealed class AgentRunTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task An_openai_compatible_answer_carries_text_usage_and_telemetry(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("k", LlmReply.OpenAiText("hello there"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, primary: "k/m2"), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"system\":\"be brief\"}", cancellationToken: cancellationToken));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("hello there"));
        Assert.That(result.GetProperty("model").GetString(), Is.EqualTo("m2"));
        Assert.That(result.GetProperty("finishReason").GetString(), Is.EqualTo("stop"));
        Assert.That(result.GetProperty("usage").GetProperty("totalTokens").GetInt32(), Is.EqualTo(18));
        Assert.That(AgentConfig.SelfHealing(result).GetProperty("recovered").GetBoolean(), Is.False);
        LlmRequest request = server.RequestsTo("k").Single();
        Assert.That(request.Path, Is.EqualTo("/k/v1/chat/completions"));
        JsonElement body = request.Json;
        Assert.That(body.GetProperty("model").GetString(), Is.EqualTo("m2"));
        Assert.That(body.GetProperty("stream").GetBoolean(), Is.False);
        Assert.That(body.GetProperty("messages").GetRawText(),
            Is.EqualTo("[{\"role\":\"system\",\"content\":\"be brief\"},{\"role\":\"user\",\"content\":\"hi\"}]"));
        AgentConfig.AssertNoSecret(harness, result);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task With_a_progress_token_every_delta_arrives_as_progress_before_the_answer(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiStream(["Hel", "lo, ", "world"]));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"agent.run\",\"params\":{\"message\":\"hi\",\"progressToken\":42}}");
        var deltas = new List<string>();
        JsonElement message;
        while (!(message = await harness.ReadAsync(cancellationToken)).TryGetProperty("id", out _))
        {
            Assert.That(message.GetProperty("method").GetString(), Is.EqualTo("$/progress"));
            Assert.That(message.GetProperty("params").GetProperty("token").GetInt32(), Is.EqualTo(42));
            deltas.Add(message.GetProperty("params").GetProperty("value").GetProperty("delta").GetString()!);
        }

        JsonElement result = JsonAssert.Result(message);
        Assert.That(deltas, Is.EqualTo(new[] { "Hel", "lo, ", "world" }));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("Hello, world"));
        Assert.That(result.GetProperty("usage").GetProperty("totalTokens").GetInt32(), Is.EqualTo(8));
        Assert.That(result.GetProperty("timings").TryGetProperty("firstDeltaMs", out _), Is.True);
        Assert.That(server.RequestsTo("a").Single().Json.GetProperty("stream").GetBoolean(), Is.True);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Anthropic_messages_get_the_key_header_the_version_and_the_system_prompt_apart(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("c", LlmReply.AnthropicText("bonjour"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, primary: "c/m2"), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"system\":\"be brief\"}", cancellationToken: cancellationToken));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("bonjour"));
        Assert.That(result.GetProperty("usage").GetProperty("totalTokens").GetInt32(), Is.EqualTo(13));
        LlmRequest request = server.RequestsTo("c").Single();
        Assert.That(request.Path, Is.EqualTo("/c/v1/messages"));
        Assert.That(request.Headers["x-api-key"], Is.EqualTo(AgentConfig.Key));
        Assert.That(request.Headers["anthropic-version"], Is.EqualTo("2023-06-01"));
        JsonElement body = request.Json;
        Assert.That(body.GetProperty("system").GetString(), Is.EqualTo("be brief"));
        Assert.That(body.GetProperty("max_tokens").GetInt32(), Is.EqualTo(99), "models[].maxTokens of m2");
        Assert.That(body.GetProperty("messages").GetRawText(), Is.EqualTo("[{\"role\":\"user\",\"content\":\"hi\"}]"));
        AgentConfig.AssertNoSecret(harness, result);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Anthropic_streams_deltas_too(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("c", LlmReply.AnthropicStream(["bon", "jour"]));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, primary: "c/m1"), environment: AgentConfig.Environment());
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"agent.run\",\"params\":{\"message\":\"hi\",\"progressToken\":\"s\"}}");
        var deltas = new List<string>();
        JsonElement message;
        while (!(message = await harness.ReadAsync(cancellationToken)).TryGetProperty("id", out _))
        {
            deltas.Add(message.GetProperty("params").GetProperty("value").GetProperty("delta").GetString()!);
        }

        JsonElement result = JsonAssert.Result(message);
        Assert.That(deltas, Is.EqualTo(new[] { "bon", "jour" }));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("bonjour"));
        Assert.That(result.GetProperty("finishReason").GetString(), Is.EqualTo("stop"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_requested_model_goes_first_then_the_default_chain(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("b", LlmReply.Error(500)).Always("a", LlmReply.OpenAiText("from a"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, selfHealing: "{\"maxAttempts\":1}"), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"model\":\"b/m2\"}", cancellationToken: cancellationToken));
        Assert.That(AgentConfig.Attempts(AgentConfig.SelfHealing(result)), Is.EqualTo(new[] { "b/m2:failed", "a/m1:success" }));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Well_known_providers_without_keys_are_skipped_and_the_error_says_what_to_set(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start();
        JsonElement response = await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32016, "agentFailed");
        Assert.That(response.GetProperty("error").GetProperty("message").GetString(),
            Is.EqualTo("agent run failed: no provider is configured; set OPENAI_API_KEY or declare models.providers"));
        Assert.That(AgentConfig.SelfHealing(response.GetProperty("error").GetProperty("data")).GetProperty("attempts").GetArrayLength(), Is.Zero);
    }

    [TestCase("{}", "$.message")]
    [TestCase("{\"message\":\"  \"}", "$.message")]
    [TestCase("{\"message\":\"hi\",\"timeoutMs\":5}", "$.timeoutMs")]
    [TestCase("{\"message\":\"hi\",\"provider\":\"nope\"}", "$.provider")]
    [TestCase("{\"message\":\"hi\",\"sessionKey\":\"\"}", "$.sessionKey")]
    [CancelAfter(60_000)]
    public async Task Bad_params_are_invalid_params_naming_the_member(string parameters, string path, CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer();
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement response = await harness.CallAsync("agent.run", parameters, cancellationToken: cancellationToken);
        JsonAssert.IsError(response, -32602, "invalidParams");
        Assert.That(response.GetProperty("error").GetProperty("data").GetProperty("path").GetString(), Is.EqualTo(path));
        Assert.That(server.Requests, Is.Empty);
    }

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

    [Test]
    [CancelAfter(60_000)]
    public async Task A_key_read_through_apiKeyEnv_is_sent_and_never_shown(CancellationToken cancellationToken)
    {
        const string credential = "plain-looking-credential-4242";
        await using var server = new FakeLlmServer().Always("p", LlmReply.OpenAiText("ok"));
        string config = $"{{\"models\":{{\"providers\":{{\"p\":{{\"baseUrl\":\"{server.BaseUrl("p")}\",\"apiKeyEnv\":\"MY_LLM\",\"models\":[\"m\"]}}}}}}}}";
        await using var harness = RpcHarness.Start(configJson: config, environment: new Dictionary<string, string> { ["MY_LLM"] = credential });
        JsonElement[] outputs =
        [
            JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", id: 1, cancellationToken: cancellationToken)),
            JsonAssert.Result(await harness.CallAsync("agent.providers", id: 2, cancellationToken: cancellationToken)),
            JsonAssert.Result(await harness.CallAsync("config.get", id: 3, cancellationToken: cancellationToken)),
            JsonAssert.Result(await harness.CallAsync("doctor", id: 4, cancellationToken: cancellationToken)),
        ];
        Assert.That(server.RequestsTo("p").Single().Headers["Authorization"], Is.EqualTo($"Bearer {credential}"));
        foreach (JsonElement output in outputs)
        {
            Assert.That(output.GetRawText(), Does.Not.Contain(credential));
        }

        Assert.That(harness.Log, Does.Not.Contain(credential));
    }

    [TestCase("{\"models\":{\"providers\":{\"x\":{\"api\":\"grpc\",\"baseUrl\":\"http://127.0.0.1:1\"}}}}", "models.providers.x.api")]
    [TestCase("{\"models\":{\"providers\":{\"x\":{\"models\":[\"m\"]}}}}", "models.providers.x.baseUrl")]
    [TestCase("{\"models\":{\"providers\":{\"x\":{\"baseUrl\":\"ftp://h\"}}}}", "models.providers.x.baseUrl")]
    [TestCase("{\"models\":{\"providers\":{\"x\":{\"baseUrl\":\"http://h\",\"models\":[{\"name\":\"m\"}]}}}}", "models.providers.x.models[0]")]
    [TestCase("{\"models\":{\"providers\":{\"x\":{\"baseUrl\":\"http://h\"}}}}", "models.providers.x.models")]
    [TestCase("{\"agents\":{\"defaults\":{\"model\":{\"primary\":\"nobody/m\"}}}}", "agents.defaults.model.primary")]
    [TestCase("{\"agents\":{\"defaults\":{\"model\":{\"primary\":\"openai\"}}}}", "agents.defaults.model.primary")]
    [TestCase("{\"agents\":{\"defaults\":{\"model\":{\"fallbacks\":[\"openai/x\", 3]}}}}", "agents.defaults.model.fallbacks[1]")]
    public void Invalid_agent_config_stops_start_up_naming_the_key(string config, string key)
    {
        var error = Assert.Throws<ConfigException>(() => RpcHarness.Start(configJson: config));
        Assert.That(error!.Key, Is.EqualTo(key));
    }

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
}

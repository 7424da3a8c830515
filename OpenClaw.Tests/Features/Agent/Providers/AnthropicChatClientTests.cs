using System.Text.Json;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent.Providers;

/// <summary>Anthropic Messages against a local fake server: the headers, the system prompt apart, plain and streamed.</summary>
public sealed class AnthropicChatClientTests
{
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
}

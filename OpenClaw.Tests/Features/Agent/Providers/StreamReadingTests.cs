using System.Text.Json;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent.Providers;

/// <summary>How a provider's <c>text/event-stream</c> is cut into events, seen through streamed agent.run answers.</summary>
public sealed class StreamReadingTests
{
    [Test]
    public async Task Comments_unknown_fields_and_any_line_ending_are_read_and_events_split_across_reads_are_joined()
    {
        LlmReply reply = new()
        {
            Chunks =
            [
                "\uFEFF: keep-alive\r\n\r\n",
                "id: 1\r\nretry: 3000\r\nevent: ping\r\n\r\n",
                "data:{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}\r\r",
                "da", "ta: {\"choices\":[{\"index\":0,\"delta\":{\"con", "tent\":\"lo\"}}]}\r", "\n\r\n",
                "data: {\"choices\":[{\"index\":0,\n", "data: \"delta\":{\"content\":\" world\"},\"finish_reason\":\"stop\"}]}\n",
                ": ping\n", "\n",
                "data: [DONE]\n\n",
            ],
            ChunkDelayMs = 5,
        };
        await using var server = new FakeLlmServer().Always("a", reply);
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        (List<string> deltas, JsonElement result) = await StreamAsync(harness, "{\"message\":\"hi\",\"progressToken\":\"s\"}");
        Assert.That(deltas, Is.EqualTo(new[] { "Hel", "lo", " world" }));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("Hello world"));
        Assert.That(result.GetProperty("finishReason").GetString(), Is.EqualTo("stop"));
        Assert.That(AgentConfig.Attempts(AgentConfig.SelfHealing(result)), Is.EqualTo(new[] { "a/m1:success" }));
    }

    [Test]
    public async Task An_event_the_stream_ends_in_the_middle_of_is_dropped()
    {
        LlmReply unfinished = new() { Chunks = ["data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n"] };
        await using var server = new FakeLlmServer().Script("a", unfinished, LlmReply.OpenAiStream(["again"]));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"progressToken\":\"t\"}"));
        JsonElement healing = AgentConfig.SelfHealing(result);
        Assert.That(AgentConfig.Attempts(healing), Is.EqualTo(new[] { "a/m1:failed", "a/m1:success" }));
        Assert.That(healing.GetProperty("attempts")[0].GetProperty("reason").GetString(), Is.EqualTo("a: the stream ended before the answer was finished"));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("again"));
    }

    [Test]
    public async Task Anthropic_events_without_a_type_in_their_data_go_by_their_event_name()
    {
        LlmReply reply = new()
        {
            Chunks =
            [
                "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"model\":\"claude-test\",\"usage\":{\"input_tokens\":9}}}\n\n",
                "event: ping\ndata: {\"type\": \"ping\"}\n\n",
                "event: content_block_delta\ndata: {\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"bon\"}}\n\n",
                "event: content_block_delta\r\ndata: {\"index\":0,\"delta\":", "{\"type\":\"text_delta\",\"text\":\"jour\"}}\r\n\r\n",
                "event: message_delta\ndata: {\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":4}}\n\n",
                "event: message_stop\ndata: {}\n\n",
            ],
            ChunkDelayMs = 5,
        };
        await using var server = new FakeLlmServer().Always("c", reply);
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, primary: "c/m1"), environment: AgentConfig.Environment());
        (List<string> deltas, JsonElement result) = await StreamAsync(harness, "{\"message\":\"hi\",\"progressToken\":\"s\"}");
        Assert.That(deltas, Is.EqualTo(new[] { "bon", "jour" }));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("bonjour"));
        Assert.That(result.GetProperty("finishReason").GetString(), Is.EqualTo("stop"));
        Assert.That(result.GetProperty("usage").GetProperty("totalTokens").GetInt32(), Is.EqualTo(13));
    }

    [TestCase("one line that never ends")]
    [TestCase("data lines without the blank line that ends the event")]
    public async Task A_server_that_never_ends_a_line_or_an_event_fails_the_attempt_at_1_MiB(string shape)
    {
        string[] chunks = shape.StartsWith("one line", StringComparison.Ordinal)
            ? ["data: ", .. Enumerable.Repeat(new string('x', 64 * 1024), 17)]
            : [.. Enumerable.Repeat(string.Concat(Enumerable.Repeat($"data: {new string('x', 58)}\n", 1024)), 17)];
        await using var server = new FakeLlmServer().Always("a", new LlmReply { Chunks = chunks }).Always("b", LlmReply.OpenAiStream(["ok"]));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"progressToken\":\"t\"}"));
        JsonElement healing = AgentConfig.SelfHealing(result);
        Assert.That(AgentConfig.Attempts(healing), Is.EqualTo(new[] { "a/m1:failed", "b/m1:success" }), "not retried: the server would do it again");
        Assert.That(healing.GetProperty("attempts")[0].GetProperty("reason").GetString(), Is.EqualTo("a sent a stream event or line over 1 MiB"));
    }

    [Test]
    public async Task Keep_alive_comments_do_not_count_towards_the_bound_of_an_event()
    {
        LlmReply answer = LlmReply.OpenAiStream(["still ", "here"]);
        string keepAlives = string.Concat(Enumerable.Repeat(": keep-alive\n", 64 * 1024));
        await using var server = new FakeLlmServer().Always("a", answer with { Chunks = [keepAlives, keepAlives, .. answer.Chunks] });
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"progressToken\":\"t\"}"));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("still here"));
        Assert.That(AgentConfig.Attempts(AgentConfig.SelfHealing(result)), Is.EqualTo(new[] { "a/m1:success" }));
    }

    private static async Task<(List<string> Deltas, JsonElement Result)> StreamAsync(RpcHarness harness, string parameters)
    {
        await harness.SendLineAsync($"{{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"agent.run\",\"params\":{parameters}}}");
        var deltas = new List<string>();
        JsonElement message;
        while (!(message = await harness.ReadAsync()).TryGetProperty("id", out _))
        {
            deltas.Add(message.GetProperty("params").GetProperty("value").GetProperty("delta").GetString()!);
        }

        return (deltas, JsonAssert.Result(message));
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Resilience;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent.Providers;

/// <summary>OpenAI chat completions against a local fake server: max_tokens only when the model sets it, and a stream that ends without a finish reason.</summary>
public sealed class OpenAiCompatibleChatClientTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Openai_compatible_requests_carry_max_tokens_only_when_the_model_sets_it(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiText("ok"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"model\":\"a/m2\"}", id: 1, cancellationToken: cancellationToken));
        JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"model\":\"a/m1\"}", id: 2, cancellationToken: cancellationToken));
        Assert.That(server.RequestsTo("a")[0].Json.GetProperty("max_tokens").GetInt32(), Is.EqualTo(99));
        Assert.That(server.RequestsTo("a")[1].Json.TryGetProperty("max_tokens", out _), Is.False);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Usage_counts_of_the_wrong_type_are_ignored_not_a_failure(CancellationToken cancellationToken)
    {
        LlmReply reply = LlmReply.OpenAiText("ok");
        await using var server = new FakeLlmServer().Always("a", reply with { Body = reply.Body.Replace("\"total_tokens\":18", "\"total_tokens\":\"many\"", StringComparison.Ordinal) });
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", cancellationToken: cancellationToken));
        Assert.That(result.GetProperty("text").GetString(), Is.EqualTo("ok"));
        Assert.That(result.GetProperty("usage").GetProperty("inputTokens").GetInt32(), Is.EqualTo(11));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Requests_carry_a_content_length_not_a_chunked_body(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiText("ok")).Always("c", LlmReply.AnthropicText("ok"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"model\":\"a/m1\"}", id: 1, cancellationToken: cancellationToken));
        JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"model\":\"c/m1\"}", id: 2, cancellationToken: cancellationToken));
        foreach (LlmRequest request in server.Requests)
        {
            Assert.That(request.Headers.ContainsKey("Transfer-Encoding"), Is.False, request.Path);
            Assert.That(request.Headers["Content-Length"], Is.EqualTo(Encoding.UTF8.GetByteCount(request.Body).ToString(CultureInfo.InvariantCulture)));
        }
    }

    [TestCase(true)]
    [TestCase(false)]
    [CancelAfter(60_000)]
    public async Task An_answer_past_16_MiB_is_refused_and_the_next_provider_answers(bool declaresLength, CancellationToken cancellationToken)
    {
        string huge = "{\"pad\":\"" + new string('x', ProviderBody.MaxAnswerBytes) + "\"}";
        LlmReply reply = declaresLength ? new LlmReply { Body = huge } : new LlmReply { Chunks = [.. huge.Chunk(1024 * 1024).Select(c => new string(c))] };
        await using var server = new FakeLlmServer().Always("a", reply).Always("b", LlmReply.OpenAiText("ok"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", cancellationToken: cancellationToken));
        JsonElement healing = AgentConfig.SelfHealing(result);
        Assert.That(AgentConfig.Attempts(healing), Is.EqualTo(new[] { "a/m1:failed", "b/m1:success" }), "refused, and not asked again");
        Assert.That(healing.GetProperty("attempts")[0].GetProperty("reason").GetString(), Is.EqualTo("a answered with more than 16 MiB; the answer was refused"));
    }

    [TestCase(true, "a/m1:success")]
    [TestCase(false, "a/m1:failed,a/m1:success")]
    [CancelAfter(60_000)]
    public async Task A_stream_that_says_done_without_a_finish_reason_counts_only_when_it_carried_text(bool withText, string attempts, CancellationToken cancellationToken)
    {
        LlmReply Done(string[] deltas) => LlmReply.OpenAiStream(deltas, finish: false) is var s ? s with { Chunks = [.. s.Chunks, "data: [DONE]\n\n"] } : s;
        await using var server = new FakeLlmServer().Script("a", Done(withText ? ["hello"] : []), Done(["again"]));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\",\"progressToken\":\"t\"}", cancellationToken: cancellationToken));
        Assert.That(string.Join(",", AgentConfig.Attempts(AgentConfig.SelfHealing(result))), Is.EqualTo(attempts));
    }
}

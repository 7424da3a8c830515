using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Features.Agent.SelfHealing;
using OpenClaw.Tests.Features.Agent.Providers;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent.SelfHealing;

/// <summary>The orchestrator offering tools along the chain and handing back the calls the answering provider asked for.</summary>
public sealed class SelfHealingToolCallTests
{
    [TestCase(true)]
    [TestCase(false)]
    [CancelAfter(60_000)]
    public async Task Every_provider_tried_is_offered_the_tools_and_the_answers_calls_come_back(bool streamed, CancellationToken cancellationToken)
    {
        (string, string, string)[] calls = [("call_1", "files__list_directory", "{\"path\":\"/notes\"}"), ("call_2", "files__read_file", "{\"name\":\"a.txt\"}")];
        await using var server = new FakeLlmServer().Always("a", LlmReply.Error(500))
            .Always("c", streamed ? LlmReply.AnthropicToolUseStream("Checking.", calls) : LlmReply.AnthropicToolUse("Checking.", calls));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());
        var deltas = new List<string>();
        Func<string, CancellationToken, Task>? onDelta = streamed ? (delta, _) => { deltas.Add(delta); return Task.CompletedTask; } : null;

        AgentAnswer answer = await RunAsync(harness, server, onDelta, ToolCallingClients.Tools().Tools, cancellationToken);

        Assert.That(answer.AnsweredBy.Provider.Id, Is.EqualTo("c"));
        Assert.That(answer.Text, Is.EqualTo("Checking."));
        Assert.That(deltas, Is.EqualTo(streamed ? new[] { "Checking." } : Array.Empty<string>()));
        Assert.That(answer.FinishReason, Is.EqualTo("tool_calls"));
        Assert.That(ToolCallingClients.Describe(answer.ToolCalls), Is.EqualTo(new[]
        {
            "call_1:files__list_directory{\"path\":\"/notes\"}",
            "call_2:files__read_file{\"name\":\"a.txt\"}",
        }));
        Assert.That(answer.SelfHealing.Attempts.Select(a => $"{a.Provider}/{a.Model}:{a.Outcome}"), Is.EqualTo(new[] { "a/m1:failed", "a/m1:failed", "c/m1:success" }));
        Assert.That(server.Requests.Select(r => r.Json.GetProperty("tools").GetArrayLength()), Is.EqualTo(new[] { 2, 2, 2 }), "a twice, then c");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Without_tools_nothing_is_offered_and_the_answer_has_no_calls(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiStream(["hel", "lo"]));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment());

        AgentAnswer answer = await RunAsync(harness, server, (_, _) => Task.CompletedTask, null, cancellationToken);

        Assert.That(answer.Text, Is.EqualTo("hello"));
        Assert.That(answer.ToolCalls, Is.Empty);
        Assert.That(server.RequestsTo("a").Single().Json.TryGetProperty("tools", out _), Is.False);
    }

    private static Task<AgentAnswer> RunAsync(RpcHarness harness, FakeLlmServer server, Func<string, CancellationToken, Task>? onDelta,
        IList<AITool>? tools, CancellationToken cancellationToken)
    {
        var orchestrator = harness.Services.GetRequiredService<SelfHealingOrchestrator>();
        TimeProvider time = harness.Services.GetRequiredService<TimeProvider>();
        ChainCandidate[] chain = [new(ToolCallingClients.OpenAiProvider(server, "a"), "m1"), new(ToolCallingClients.AnthropicProvider(server, "c"), "m1")];
        return orchestrator.RunAsync(chain, [new ChatMessage(ChatRole.User, "what is in /notes?")], onDelta, TimeSpan.FromSeconds(30), time.GetTimestamp(),
            cancellationToken, tools?.ToList());
    }
}

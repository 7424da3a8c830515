using OpenClaw.Rpc.Client;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Agent;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Features.System;
using OpenClaw.Rpc.Protocol;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Features.Agent.Tools;
using OpenClaw.Tests.Support;
using StreamJsonRpc;

namespace OpenClaw.Tests.Process;

/// <summary><see cref="OpenClawClient"/> drives the real binary: typed calls, streamed progress, a mapped error, a clean end.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class DotnetClientTests
{
    [Test]
    [CancelAfter(120_000)]
    public async Task The_client_initializes_calls_streams_progress_maps_an_error_and_ends_the_runtime_with_0(CancellationToken cancellationToken)
    {
        await using var llm = new FakeLlmServer().Always("a", LlmReply.OpenAiStream(["Hel", "lo ", "there"]));
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("openclaw.json"), AgentConfig.For(llm));
        var options = new OpenClawClientOptions();
        options.Arguments.Add("--state-dir");
        options.Arguments.Add(dir.File("state"));
        options.Environment["OPENCLAW_CONFIG_PATH"] = dir.File("openclaw.json");

        OpenClawClient client = await OpenClawClient.StartAsync(RuntimeBinaries.PathOf(RuntimeTrack.Core), options, cancellationToken);
        await using (client)
        {
            Assert.That(client.Server.Track, Is.EqualTo("core"));
            HealthResult health = await client.Get<IHealth>().InvokeAsync(cancellationToken: cancellationToken);
            Assert.That(health.Status, Is.EqualTo("ok"));

            var deltas = new List<string>();
            AgentRunResult run;
            using (ProgressSubscription progress = client.Progress(new Collect(deltas)))
            {
                run = await client.Get<IAgentRun>().InvokeAsync(new AgentRunParams("hi", SessionKey: "dotnet", ProgressToken: progress.Token), cancellationToken);
            }

            Assert.That(run.Text, Is.EqualTo("Hello there"));
            Assert.That(deltas, Is.EqualTo(new[] { "Hel", "lo ", "there" }), "every $/progress value, before the answer");

            RemoteInvocationException refused = (await Assert.ThrowsAsync<RemoteInvocationException>(() => client.Get<ISessionsHistory>().InvokeAsync(new SessionsHistoryParams(""), cancellationToken)))!;
            Assert.That(refused.ErrorCode, Is.EqualTo(RpcErrorCodes.InvalidParams));
            Assert.That((refused.DeserializedErrorData as RpcErrorData)?.Kind, Is.EqualTo(RpcErrorKinds.InvalidParams));
        }

        Assert.That(client.ExitCode, Is.Zero, "shutdown then exit");
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Every_progress_value_is_reported_before_its_answer_returns(CancellationToken cancellationToken)
    {
        string[] pieces = [.. Enumerable.Range(0, 50).Select(i => $"{i} ")];
        await using var llm = new FakeLlmServer().Always("a", LlmReply.OpenAiStream(pieces));
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("openclaw.json"), AgentConfig.For(llm));
        var options = new OpenClawClientOptions();
        options.Arguments.Add("--state-dir");
        options.Arguments.Add(dir.File("state"));
        options.Environment["OPENCLAW_CONFIG_PATH"] = dir.File("openclaw.json");

        await using OpenClawClient client = await OpenClawClient.StartAsync(RuntimeBinaries.PathOf(RuntimeTrack.Core), options, cancellationToken);
        for (int run = 0; run < 20; run++)
        {
            var deltas = new List<string>();
            using (ProgressSubscription progress = client.Progress(new Collect(deltas)))
            {
                await client.Get<IAgentRun>().InvokeAsync(new AgentRunParams("hi", ProgressToken: progress.Token), cancellationToken);
                Assert.That(deltas, Is.EqualTo(pieces), $"run {run}: all 50 values, in order, when the answer is back");
            }
        }
    }

    [TestCase(true, "completed")]
    [TestCase(false, "denied")]
    [CancelAfter(120_000)]
    public async Task The_client_answers_approvals_only_when_it_gives_an_answerer(bool answers, string outcome, CancellationToken cancellationToken)
    {
        await using var llm = new FakeLlmServer().Script("a", LlmReply.OpenAiToolCalls(("call_1", "everything__echo", "{\"message\":\"hi\"}")),
            LlmReply.OpenAiText("done"));
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("openclaw.json"), ToolConfig.For(llm, tools: "{\"ask\":\"on-miss\"}"));
        var asked = new List<ApprovalRequest>();
        var options = new OpenClawClientOptions();
        options.Arguments.Add("--state-dir");
        options.Arguments.Add(dir.File("state"));
        options.Environment["OPENCLAW_CONFIG_PATH"] = dir.File("openclaw.json");
        if (answers)
        {
            options.OnApproval = (request, _) =>
            {
                asked.Add(request);
                return Task.FromResult(ApprovalAnswer.AllowOnce);
            };
        }

        OpenClawClient client = await OpenClawClient.StartAsync(RuntimeBinaries.PathOf(RuntimeTrack.Core), options, cancellationToken);
        await using (client)
        {
            AgentRunResult run = await client.Get<IAgentRun>().InvokeAsync(new AgentRunParams("go", SessionKey: "dotnet"), cancellationToken);

            Assert.That(run.ToolCalls.Select(c => $"{c.Id}:{c.Tool}:{c.Outcome}"), Is.EqualTo(new[] { $"call_1:everything__echo:{outcome}" }));
            Assert.That(run.Text, Is.EqualTo("done"));
        }

        Assert.That(asked.Select(a => (a.ToolCallId, a.Tool, a.Server, a.SessionKey, a.Arguments.GetProperty("message").GetString())),
            Is.EqualTo(answers ? new[] { ("call_1", "everything__echo", "everything", (string?)"dotnet", (string?)"hi") } : []));
        Assert.That(asked.Select(a => a.Options), Has.All.EqualTo(new[] { "allow_once", "allow_always", "reject_once", "reject_always" }));
    }

    private sealed class Collect(List<string> into) : IProgress<ProgressValue>
    {
        public void Report(ProgressValue value)
        {
            if (value.Delta is { } delta)
            {
                into.Add(delta);
            }
        }
    }
}

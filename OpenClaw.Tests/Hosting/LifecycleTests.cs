using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Hosting;

/// <summary>How a session goes from its first request to its end: before initialize, exit, end of input, pipelining, framing.</summary>
public sealed class LifecycleTests
{
    [Test]
    public async Task Requests_before_initialize_are_served()
    {
        await using var harness = RpcHarness.Start();
        JsonAssert.Result(await harness.CallAsync("status"));
    }

    [Test]
    public async Task Pipelined_requests_before_exit_are_still_answered()
    {
        await using var harness = RpcHarness.Start();
        await harness.SendRawAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"health\"}\n{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}\n"
            + "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}\n");
        JsonElement[] answers = [await harness.ReadAsync(), await harness.ReadAsync()];
        Assert.That(answers.Select(a => a.GetProperty("id").GetInt32()), Is.EquivalentTo(new[] { 1, 2 }));
        Assert.That(await harness.Session.WaitAsync(TimeSpan.FromSeconds(10)), Is.EqualTo(new SessionEnd(SessionEndReason.Exit, 0)));
    }

    [Test]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var harness = RpcHarness.Start();
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        SessionEnd end = await harness.Session.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(end, Is.EqualTo(new SessionEnd(SessionEndReason.Exit, 1)));
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task End_of_input_answers_what_was_read_first_then_ends_with_code_0(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(extra: TestMethodsRegistration.Add);
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test.block\"}");
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"health\"}");
        JsonAssert.Result(await harness.ReadAsync(cancellationToken));
        Task<SessionEnd> ending = harness.CloseInputAsync();
        await harness.InputEndSeen.WaitAsync(cancellationToken);
        Assert.That(ending.IsCompleted, Is.False, "the session has read the end of its input and must still wait for the request in flight");
        harness.Services.GetRequiredService<TestGate>().Release.SetResult();
        JsonElement blocked = await harness.ReadAsync(cancellationToken);
        Assert.That(blocked.GetProperty("result").GetString(), Is.EqualTo("released"));
        Assert.That(await ending.WaitAsync(cancellationToken), Is.EqualTo(new SessionEnd(SessionEndReason.EndOfInput, 0)));
    }

    [Test]
    public async Task Replies_use_the_framing_the_client_used()
    {
        await using var harness = RpcHarness.Start();
        await harness.SendFramedAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"health\"}");
        JsonAssert.Result(await harness.ReadAsync());
        Assert.That(harness.ResponseFraming, Is.EqualTo(Framing.ContentLength));
    }
}

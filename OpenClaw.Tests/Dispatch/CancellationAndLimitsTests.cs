using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Dispatch;

public sealed class CancellationAndLimitsTests
{
    [Test]
    public async Task CancelRequest_answers_the_request_with_32800_and_the_connection_goes_on()
    {
        await using var harness = RpcHarness.Start(extra: TestMethodsRegistration.Add);
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"test.block\"}");
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":7}}");
        JsonElement cancelled = await harness.ReadAsync();
        Assert.That(cancelled.GetProperty("id").GetInt32(), Is.EqualTo(7));
        JsonAssert.IsError(cancelled, -32800, "cancelled");
        JsonAssert.Result(await harness.CallAsync("health", id: 8));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_handler_that_holds_its_thread_does_not_stop_health_or_cancel(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(extra: TestMethodsRegistration.Add);
        TestGate gate = harness.Services.GetRequiredService<TestGate>();
        try
        {
            await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test.blockThread\"}");
            JsonAssert.Result(await harness.CallAsync("health", id: 2, cancellationToken: cancellationToken));
            await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":1}}");
            JsonElement cancelled = await harness.ReadAsync(cancellationToken);
            Assert.That(cancelled.GetProperty("id").GetInt32(), Is.EqualTo(1));
            JsonAssert.IsError(cancelled, -32800, "cancelled");
        }
        finally
        {
            gate.Release.TrySetResult();
        }
    }

    [Test]
    public async Task Requests_beyond_the_in_flight_limit_get_32001_with_retry_data()
    {
        var environment = new Dictionary<string, string> { ["OPENCLAW_MAX_IN_FLIGHT"] = "2" };
        await using var harness = RpcHarness.Start(extra: TestMethodsRegistration.Add, environment: environment);
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test.block\"}");
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"test.block\"}");
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"health\"}");
        JsonElement overloaded = await harness.ReadAsync();
        Assert.That(overloaded.GetProperty("id").GetInt32(), Is.EqualTo(3));
        JsonAssert.IsError(overloaded, -32001, "overloaded");
        JsonElement data = overloaded.GetProperty("error").GetProperty("data");
        Assert.That(data.GetProperty("retryable").GetBoolean(), Is.True);
        Assert.That(data.GetProperty("retryAfterMs").GetInt32(), Is.Positive);

        harness.Services.GetRequiredService<TestGate>().Release.SetResult();
        Assert.That((await harness.ReadAsync()).GetProperty("result").GetString(), Is.EqualTo("released"));
        Assert.That((await harness.ReadAsync()).GetProperty("result").GetString(), Is.EqualTo("released"));
        JsonAssert.Result(await harness.CallAsync("health", id: 4));
    }

    [TestCase(RuntimeTrack.Core)]
    [TestCase(RuntimeTrack.Edge)]
    [CancelAfter(120_000)]
    public async Task A_burst_beyond_the_in_flight_limit_gets_one_answer_per_request(RuntimeTrack track, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string> { ["OPENCLAW_MAX_IN_FLIGHT"] = "1" };
        await using var harness = RpcHarness.Start(track, environment: environment);
        const int Count = 300;
        byte[] burst = [.. Enumerable.Range(1, Count).SelectMany(i =>
            HostileInputCorpus.Frame($"{{\"jsonrpc\":\"2.0\",\"id\":{i},\"method\":\"health\"}}", Framing.NewlineDelimited))];
        await harness.SendRawAsync(burst, cancellationToken);
        var seen = new HashSet<int>();
        for (int i = 0; i < Count; i++)
        {
            JsonElement answer = await harness.ReadAsync(cancellationToken);
            Assert.That(seen.Add(answer.GetProperty("id").GetInt32()), Is.True, "one answer per id");
            if (answer.TryGetProperty("error", out JsonElement error))
            {
                JsonAssert.IsError(answer, -32001, "overloaded");
                Assert.That(error.GetProperty("data").GetProperty("retryAfterMs").GetInt32(), Is.Positive);
            }
        }

        Assert.That((await harness.CloseInputAsync()).ExitCode, Is.Zero);
    }

    [Test]
    public async Task A_second_request_with_an_id_still_in_flight_is_refused()
    {
        await using var harness = RpcHarness.Start(extra: TestMethodsRegistration.Add);
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"test.block\"}");
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":\"\\u0061\",\"method\":\"health\"}");
        JsonElement duplicate = await harness.ReadAsync();
        JsonAssert.IsError(duplicate, -32600, "duplicateId");
        harness.Services.GetRequiredService<TestGate>().Release.SetResult();
        Assert.That((await harness.ReadAsync()).GetProperty("id").GetString(), Is.EqualTo("a"));
        JsonAssert.Result(await harness.CallAsync("health", id: 2));
    }

    [Test]
    public async Task Progress_notifications_carry_the_token_and_all_come_before_the_response()
    {
        await using var harness = RpcHarness.Start(extra: TestMethodsRegistration.Add);
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test.progress\",\"params\":{\"count\":3,\"progressToken\":\"tok-1\"}}");
        for (int i = 0; i < 3; i++)
        {
            JsonElement progress = await harness.ReadAsync();
            Assert.That(progress.GetProperty("method").GetString(), Is.EqualTo("$/progress"));
            Assert.That(progress.TryGetProperty("id", out _), Is.False, "progress is a notification");
            Assert.That(progress.GetProperty("params").GetProperty("token").GetString(), Is.EqualTo("tok-1"));
            Assert.That(progress.GetProperty("params").GetProperty("value").GetProperty("delta").GetString(), Is.EqualTo($"chunk {i}"));
        }

        Assert.That((await harness.ReadAsync()).GetProperty("result").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public async Task Without_a_progress_token_no_progress_is_sent()
    {
        await using var harness = RpcHarness.Start(extra: TestMethodsRegistration.Add);
        JsonElement response = await harness.CallAsync("test.progress", "{\"count\":2}");
        Assert.That(response.GetProperty("result").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task An_unexpected_exception_is_a_bare_32603_with_no_message_stack_or_secret()
    {
        var environment = new Dictionary<string, string> { ["SOME_API_KEY"] = TestMethods.SecretInException };
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, TestMethodsRegistration.Add, environment);
        JsonElement response = await harness.CallAsync("test.throw");
        JsonAssert.IsError(response, -32603, "internal");
        string wire = response.GetRawText();
        Assert.That(wire, Does.Not.Contain("boom").And.Not.Contain("InvalidOperationException").And.Not.Contain(TestMethods.SecretInException));
        Assert.That(harness.Log, Does.Contain("boom"), "details go to the log");
        Assert.That(harness.Log, Does.Not.Contain(TestMethods.SecretInException), "and the log redacts secrets");
    }
}

using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

public sealed class SessionsHistoryTests
{
    [Test]
    public async Task Appended_turns_come_back_in_order_and_limit_keeps_the_last_messages()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        string sessionId = await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 2);
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 3, question: "ünïcode \"quoted\"\nnew line");

        JsonElement history = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"main\",\"limit\":3}"));
        Assert.That(history.GetProperty("sessionKey").GetString(), Is.EqualTo("main"));
        Assert.That(history.GetProperty("sessionId").GetString(), Is.EqualTo(sessionId));
        Assert.That(history.GetProperty("total").GetInt32(), Is.EqualTo(6));
        JsonElement[] messages = [.. history.GetProperty("messages").EnumerateArray()];
        Assert.That(messages.Select(m => m.GetProperty("text").GetString()), Is.EqualTo(new[] { "answer 2", "ünïcode \"quoted\"\nnew line", "answer 3" }));
        Assert.That(messages[0].GetProperty("role").GetString(), Is.EqualTo("assistant"));
        Assert.That(messages[0].GetProperty("ts").GetString(), Is.EqualTo("2025-05-01T09:32:02.000Z"));
        Assert.That(messages[0].GetProperty("provider").GetString(), Is.EqualTo("openai"));
        Assert.That(messages[0].GetProperty("model").GetString(), Is.EqualTo("gpt-4o-mini"));
        Assert.That(messages[0].GetProperty("usage").GetProperty("totalTokens").GetInt32(), Is.EqualTo(8));
        Assert.That(messages[1].TryGetProperty("provider", out _), Is.False, "user messages carry no provider");

        JsonElement all = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\" main \"}", id: 2));
        Assert.That(all.GetProperty("messages").GetArrayLength(), Is.EqualTo(6), "default limit 50; the key is trimmed");
    }

    [Test]
    public async Task An_unknown_key_has_no_session_and_no_messages()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        JsonElement history = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"nobody\"}"));
        Assert.That(history.GetProperty("sessionId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(history.GetProperty("total").GetInt32(), Is.Zero);
        Assert.That(history.GetProperty("messages").GetArrayLength(), Is.Zero);
        Assert.That(Directory.Exists(SessionTurns.SessionsDir(harness)), Is.False, "reading creates nothing");
    }

    [Test]
    public async Task List_shows_the_most_recently_updated_first_and_honours_limit()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, extra: b => b.Services.AddSingleton<TimeProvider>(new SteppingTime()));
        Assert.That(JsonAssert.Result(await harness.CallAsync("sessions.list")).GetProperty("count").GetInt32(), Is.Zero, "params omitted");
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "alpha", 1);
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "beta", 1);
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "gamma", 1);
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "alpha", 2);

        JsonElement list = JsonAssert.Result(await harness.CallAsync("sessions.list", "{}", id: 2));
        Assert.That(list.GetProperty("path").GetString(), Is.EqualTo(Path.Combine(SessionTurns.SessionsDir(harness), "index.json")));
        Assert.That(list.GetProperty("count").GetInt32(), Is.EqualTo(3));
        Assert.That(Keys(list), Is.EqualTo(new[] { "alpha", "gamma", "beta" }));
        JsonElement alpha = list.GetProperty("sessions")[0];
        Assert.That(alpha.GetProperty("messageCount").GetInt32(), Is.EqualTo(4));
        Assert.That(alpha.GetProperty("lastProvider").GetString(), Is.EqualTo("openai"));
        Assert.That(alpha.GetProperty("lastModel").GetString(), Is.EqualTo("gpt-4o-mini"));
        Assert.That(alpha.GetProperty("archives").GetInt32(), Is.Zero);

        JsonElement limited = JsonAssert.Result(await harness.CallAsync("sessions.list", "{\"limit\":2}", id: 3));
        Assert.That(Keys(limited), Is.EqualTo(new[] { "alpha", "gamma" }));
        Assert.That(limited.GetProperty("count").GetInt32(), Is.EqualTo(3), "count is every session in the index");
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"sessions.list\",\"params\":null}");
        Assert.That(JsonAssert.Result(await harness.ReadAsync()).GetProperty("count").GetInt32(), Is.EqualTo(3), "params null");
    }

    [TestCase("sessions.history", "{}", "$.sessionKey")]
    [TestCase("sessions.history", "{\"sessionKey\":\"   \"}", "$.sessionKey")]
    [TestCase("sessions.history", "{\"sessionKey\":\"a\\u0007b\"}", "$.sessionKey")]
    [TestCase("sessions.history", "{\"sessionKey\":\"main\",\"limit\":0}", "$.limit")]
    [TestCase("sessions.history", "{\"sessionKey\":\"main\",\"limit\":1001}", "$.limit")]
    [TestCase("sessions.list", "{\"limit\":0}", "$.limit")]
    [TestCase("sessions.reset", "{}", "$.sessionKey")]
    [TestCase("sessions.delete", "{\"sessionKey\":\"\"}", "$.sessionKey")]
    public async Task Invalid_params_name_the_path(string method, string parameters, string path)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        JsonElement response = await harness.CallAsync(method, parameters);
        JsonAssert.IsError(response, -32602, "invalidParams");
        Assert.That(response.GetProperty("error").GetProperty("data").GetProperty("path").GetString(), Is.EqualTo(path));
    }

    [Test]
    public async Task A_key_longer_than_256_characters_is_invalid()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        JsonAssert.IsError(await harness.CallAsync("sessions.reset", $"{{\"sessionKey\":\"{new string('k', 257)}\"}}"), -32602, "invalidParams");
        JsonAssert.Result(await harness.CallAsync("sessions.reset", $"{{\"sessionKey\":\"{new string('k', 256)}\"}}", id: 2));
    }

    private static string?[] Keys(JsonElement list) => [.. list.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("sessionKey").GetString())];
}

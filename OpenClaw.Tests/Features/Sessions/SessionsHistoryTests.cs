using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>sessions.history: turns in order, the limit, an unknown key, bad params.</summary>
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

    [TestCase("{}", "$.sessionKey")]
    [TestCase("{\"sessionKey\":\"   \"}", "$.sessionKey")]
    [TestCase("{\"sessionKey\":\"a\\u0007b\"}", "$.sessionKey")]
    [TestCase("{\"sessionKey\":\"main\",\"limit\":0}", "$.limit")]
    [TestCase("{\"sessionKey\":\"main\",\"limit\":1001}", "$.limit")]
    public async Task Invalid_params_name_the_path(string parameters, string path)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        JsonElement response = await harness.CallAsync("sessions.history", parameters);
        JsonAssert.IsError(response, -32602, "invalidParams");
        Assert.That(response.GetProperty("error").GetProperty("data").GetProperty("path").GetString(), Is.EqualTo(path));
    }
}

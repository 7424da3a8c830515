using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>sessions.history with a tool turn: the assistant's toolCalls and one tool message per result, as documented.</summary>
public sealed class SessionsHistoryToolTests
{
    [Test]
    public async Task An_assistant_message_lists_its_tool_calls_and_each_result_is_a_tool_message()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        await SessionTurns.Store(harness).AppendTurnAsync("main", ToolTurns.TwoCalls(1), CancellationToken.None);

        JsonElement history = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"main\"}"));

        OpenRpcSchemas.AssertValid(OpenRpcSchemas.Shipped.Result("sessions.history"), history, "the result of sessions.history");
        Assert.That(history.GetProperty("total").GetInt32(), Is.EqualTo(5));
        JsonElement[] messages = [.. history.GetProperty("messages").EnumerateArray()];
        Assert.That(messages.Select(m => m.GetProperty("role").GetString()), Is.EqualTo(new[] { "user", "assistant", "tool", "tool", "assistant" }));

        JsonElement calls = messages[1].GetProperty("toolCalls");
        Assert.That(calls.GetRawText(), Is.EqualTo(
            "[{\"id\":\"c1a\",\"tool\":\"files__read_file\",\"arguments\":{\"path\":\"/home/ada/notes/a.md\"}},"
            + "{\"id\":\"c1b\",\"tool\":\"files__read_file\",\"arguments\":{\"path\":\"/etc/shadow\"}}]"));
        Assert.That(messages[1].GetProperty("text").GetString(), Is.Empty);
        Assert.That(messages[1].GetProperty("provider").GetString(), Is.EqualTo("openai"));

        Assert.That(Properties(messages[2]), Is.EquivalentTo(new[] { "role", "text", "ts", "toolCallId", "tool", "outcome" }));
        Assert.That(messages[2].GetProperty("toolCallId").GetString(), Is.EqualTo("c1b"));
        Assert.That(messages[2].GetProperty("tool").GetString(), Is.EqualTo("files__read_file"));
        Assert.That(messages[2].GetProperty("outcome").GetString(), Is.EqualTo("denied"));
        Assert.That(messages[2].GetProperty("text").GetString(), Is.EqualTo("Tool call denied: not approved by the user"));
        Assert.That(messages[3].GetProperty("outcome").GetString(), Is.EqualTo("completed"));
        Assert.That(messages[3].GetProperty("text").GetString(), Is.EqualTo("line one\nline two"));
        Assert.That(messages[3].GetProperty("ts").GetString(), Is.EqualTo("2025-05-01T09:31:03.000Z"));

        Assert.That(Properties(messages[4]), Is.EquivalentTo(new[] { "role", "text", "ts", "provider", "model", "usage" }), "the final answer has no toolCalls");
        Assert.That(Properties(messages[0]), Is.EquivalentTo(new[] { "role", "text", "ts" }));
    }

    [Test]
    public async Task A_plain_turn_keeps_the_shape_it_had_before_tool_calls()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);

        JsonElement history = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"main\"}"));

        OpenRpcSchemas.AssertValid(OpenRpcSchemas.Shipped.Result("sessions.history"), history, "the result of sessions.history");
        Assert.That(Properties(history.GetProperty("messages")[1]), Is.EquivalentTo(new[] { "role", "text", "ts", "provider", "model", "usage" }));
    }

    private static string[] Properties(JsonElement message) => [.. message.EnumerateObject().Select(p => p.Name)];
}

using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>sessions.list: most recently updated first, the limit, bad params.</summary>
public sealed class SessionsListTests
{
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

    [Test]
    public async Task MessageCount_follows_the_transcript_after_a_kill_between_the_append_and_the_index_save()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        string id = await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        string transcript = Path.Combine(SessionTurns.SessionsDir(harness), id + ".jsonl");
        // What a kill right after the transcript append leaves: the turn is on disk, the index still counts 2 messages.
        string answeredAt = SessionTime.Format(DateTimeOffset.UtcNow.AddHours(1));
        File.AppendAllText(transcript, "{\"type\":\"message\",\"role\":\"user\",\"text\":\"q\",\"ts\":\"2025-05-01T10:00:00.000Z\"}\n"
            + $"{{\"type\":\"message\",\"role\":\"assistant\",\"text\":\"a\",\"ts\":\"{answeredAt}\",\"provider\":\"b\",\"model\":\"m2\"}}\n");

        JsonElement listed = JsonAssert.Result(await harness.CallAsync("sessions.list")).GetProperty("sessions")[0];
        Assert.That(listed.GetProperty("messageCount").GetInt32(), Is.EqualTo(4), "counted from the transcript");
        Assert.That(listed.GetProperty("updatedAt").GetString(), Is.EqualTo(answeredAt));
        Assert.That(listed.GetProperty("lastProvider").GetString(), Is.EqualTo("b"));
        JsonElement history = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"main\"}", id: 2));
        Assert.That(history.GetProperty("total").GetInt32(), Is.EqualTo(4));

        File.AppendAllText(transcript, "{\"type\":\"message\",\"role\":\"user\",\"text\":\"torn");
        Assert.That(MessageCount(JsonAssert.Result(await harness.CallAsync("sessions.list", id: 3))), Is.EqualTo(4), "a torn tail is not counted");

        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 3);
        Assert.That(MessageCount(JsonAssert.Result(await harness.CallAsync("sessions.list", id: 4))), Is.EqualTo(6));
        using JsonDocument index = JsonDocument.Parse(File.ReadAllText(Path.Combine(SessionTurns.SessionsDir(harness), "index.json")));
        Assert.That(index.RootElement.GetProperty("sessions").GetProperty("main").GetProperty("messageCount").GetInt32(), Is.EqualTo(6),
            "the next append stores the corrected count");
    }

    [TestCase("{\"limit\":0}", "$.limit")]
    public async Task Invalid_params_name_the_path(string parameters, string path)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        JsonElement response = await harness.CallAsync("sessions.list", parameters);
        JsonAssert.IsError(response, -32602, "invalidParams");
        Assert.That(response.GetProperty("error").GetProperty("data").GetProperty("path").GetString(), Is.EqualTo(path));
    }

    private static int MessageCount(JsonElement list) => list.GetProperty("sessions")[0].GetProperty("messageCount").GetInt32();

    private static string?[] Keys(JsonElement list) => [.. list.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("sessionKey").GetString())];
}

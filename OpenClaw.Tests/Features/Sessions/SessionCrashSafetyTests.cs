using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Protocol;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

public sealed class SessionCrashSafetyTests
{
    [Test]
    public async Task A_turn_cut_short_by_a_crash_is_skipped_and_the_next_append_leaves_a_valid_file()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        string id = await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        string transcript = Path.Combine(SessionTurns.SessionsDir(harness), id + ".jsonl");
        // A kill in the middle of the second turn's write: its user line made it, half of the answer did.
        File.AppendAllText(transcript, "{\"type\":\"message\",\"role\":\"user\",\"text\":\"lost question\",\"ts\":\"2025-05-01T10:00:00.000Z\"}\n"
            + "{\"type\":\"message\",\"role\":\"assistant\",\"text\":\"half an ans");

        JsonElement history = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"main\"}"));
        Assert.That(history.GetProperty("total").GetInt32(), Is.EqualTo(2));
        Assert.That(await SessionTurns.Store(harness).ReadWindowAsync("main", CancellationToken.None), Has.Count.EqualTo(2));

        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 2);
        string[] lines = [.. File.ReadAllText(transcript).Split('\n')];
        Assert.That(lines[^1], Is.Empty, "ends with a newline");
        Assert.That(lines[..^1].Select(l => JsonDocument.Parse(l).RootElement.GetProperty("type").GetString()),
            Is.EqualTo(new[] { "session", "message", "message", "message", "message" }), "every line is whole JSON, the torn turn is gone");
        Assert.That(File.ReadAllText(transcript), Does.Not.Contain("lost question").And.Not.Contain("half an ans"));
        JsonElement after = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"main\"}", id: 2));
        Assert.That(after.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()),
            Is.EqualTo(new[] { "question 1", "answer 1", "question 2", "answer 2" }));
    }

    [Test]
    public async Task A_torn_header_is_rewritten_by_the_next_append()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        string id = await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        string transcript = Path.Combine(SessionTurns.SessionsDir(harness), id + ".jsonl");
        File.WriteAllText(transcript, "{\"type\":\"sess");

        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 2);
        string[] lines = File.ReadAllLines(transcript);
        Assert.That(JsonDocument.Parse(lines[0]).RootElement.GetProperty("sessionKey").GetString(), Is.EqualTo("main"));
        Assert.That(lines, Has.Length.EqualTo(3));
    }

    [TestCase("missing")]
    [TestCase("corrupt")]
    [TestCase("badEntry")]
    public async Task A_missing_or_corrupt_index_is_rebuilt_from_the_transcripts(string damage)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        string mainId = await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 2);
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "side", 1);
        JsonAssert.Result(await harness.CallAsync("sessions.reset", "{\"sessionKey\":\"side\"}"));
        string index = Path.Combine(SessionTurns.SessionsDir(harness), "index.json");
        switch (damage)
        {
            case "missing":
                File.Delete(index);
                break;
            case "corrupt":
                File.WriteAllText(index, "{\"formatVersion\":1,\"sessions\":{\"main\":{\"sessionId\":");
                break;
            default:
                File.WriteAllText(index, "{\"formatVersion\":1,\"sessions\":{\"main\":{\"sessionId\":\"../../etc/passwd\",\"createdAt\":\"x\",\"updatedAt\":\"x\",\"messageCount\":1,\"archives\":[]}}}");
                break;
        }

        JsonElement list = JsonAssert.Result(await harness.CallAsync("sessions.list", id: 2));
        Dictionary<string, JsonElement> sessions = list.GetProperty("sessions").EnumerateArray().ToDictionary(s => s.GetProperty("sessionKey").GetString()!);
        Assert.That(sessions.Keys, Is.EquivalentTo(new[] { "main", "side" }));
        Assert.That(sessions["main"].GetProperty("sessionId").GetString(), Is.EqualTo(mainId));
        Assert.That(sessions["main"].GetProperty("messageCount").GetInt32(), Is.EqualTo(4));
        Assert.That(sessions["main"].GetProperty("lastModel").GetString(), Is.EqualTo("gpt-4o-mini"));
        Assert.That(sessions["side"].GetProperty("messageCount").GetInt32(), Is.Zero);
        Assert.That(sessions["side"].GetProperty("archives").GetInt32(), Is.EqualTo(1), "the archive is found by its header");
        using JsonDocument rebuilt = JsonDocument.Parse(File.ReadAllText(index));
        Assert.That(rebuilt.RootElement.GetProperty("sessions").GetProperty("main").GetProperty("messageCount").GetInt32(), Is.EqualTo(4));
        Assert.That(await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 3), Is.EqualTo(mainId));
    }

    [Test]
    public async Task A_transcript_from_a_newer_release_is_neither_read_nor_written()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        string id = await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        string transcript = Path.Combine(SessionTurns.SessionsDir(harness), id + ".jsonl");
        string newer = File.ReadAllText(transcript).Replace("\"formatVersion\":1", "\"formatVersion\":2", StringComparison.Ordinal);
        File.WriteAllText(transcript, newer);

        RpcException write = (await Assert.ThrowsAsync<RpcException>(() => SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 2)))!;
        Assert.That(write.Code, Is.EqualTo(-32015));
        Assert.That(write.Data.Kind, Is.EqualTo("stateWriteFailed"));
        Assert.That(write.Data.Retryable, Is.False);
        Assert.That(write.Message, Does.Contain(transcript).And.Contain("newer release"));
        await Assert.ThrowsAsync<RpcException>(() => SessionTurns.Store(harness).ReadWindowAsync("main", CancellationToken.None));

        JsonElement response = await harness.CallAsync("sessions.history", "{\"sessionKey\":\"main\"}");
        JsonAssert.IsError(response, -32015, "stateWriteFailed");
        Assert.That(response.GetProperty("error").GetProperty("message").GetString(), Does.Contain(transcript));
        Assert.That(File.ReadAllText(transcript), Is.EqualTo(newer), "unchanged");
    }

    [TestCase("{\"formatVersion\":3,\"sessions\":{},\"future\":true}")]
    [TestCase("{\"formatVersion\":3,\"sessions\":[{\"key\":\"main\",\"shape\":\"changed\"}]}")]
    public async Task An_index_from_a_newer_release_is_refused_and_never_overwritten(string Newer)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        string index = Path.Combine(SessionTurns.SessionsDir(harness), "index.json");
        File.WriteAllText(index, Newer);

        JsonAssert.IsError(await harness.CallAsync("sessions.list"), -32015, "stateWriteFailed");
        JsonElement reset = await harness.CallAsync("sessions.reset", "{\"sessionKey\":\"main\"}", id: 2);
        JsonAssert.IsError(reset, -32015, "stateWriteFailed");
        Assert.That(reset.GetProperty("error").GetProperty("data").GetProperty("retryable").GetBoolean(), Is.False);
        await Assert.ThrowsAsync<RpcException>(() => SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 2));
        Assert.That(File.ReadAllText(index, Encoding.UTF8), Is.EqualTo(Newer));
    }

    [Test]
    public async Task A_state_dir_that_cannot_be_written_is_a_retryable_state_error_naming_the_path()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        File.WriteAllText(SessionTurns.SessionsDir(harness), "a file where the sessions directory should be");

        JsonElement response = await harness.CallAsync("sessions.reset", "{\"sessionKey\":\"main\"}");
        JsonAssert.IsError(response, -32015, "stateWriteFailed");
        JsonElement error = response.GetProperty("error");
        Assert.That(error.GetProperty("data").GetProperty("retryable").GetBoolean(), Is.True);
        Assert.That(error.GetProperty("message").GetString(), Does.Contain(Path.Combine(SessionTurns.SessionsDir(harness), "index.json")).And.Not.Contain("'"));
        RpcException append = (await Assert.ThrowsAsync<RpcException>(() => SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1)))!;
        Assert.That(append.Code, Is.EqualTo(-32015));
    }
}

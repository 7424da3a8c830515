using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Protocol;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>
/// The session store: a turn torn by a crash is skipped and repaired, a transcript from a newer release is left alone, and
/// two stores on one state dir (standing for two runtime processes, two editor windows) lose no turn.
/// </summary>
public sealed class SessionStoreTests
{
    private const int TurnsEach = 50;

    [Test]
    public async Task Two_stores_appending_to_one_key_at_once_lose_no_turn()
    {
        using var state = new TempDirectory();
        await using var first = RpcHarness.Start(RuntimeTrack.Core, stateDir: state.Path);
        await using var second = RpcHarness.Start(RuntimeTrack.Edge, stateDir: state.Path);

        await Task.WhenAll(Appends(first, "shared", "first").Concat(Appends(second, "shared", "second")));

        string[] lines = AllLines(state.Path, "shared");
        Assert.That(lines, Has.Length.EqualTo(1 + (4 * TurnsEach)), "one header and every message");
        AssertTurnsWhole(lines, "first");
        AssertTurnsWhole(lines, "second");
        JsonElement history = JsonAssert.Result(await first.CallAsync("sessions.history", "{\"sessionKey\":\"shared\",\"limit\":1000}"));
        Assert.That(history.GetProperty("total").GetInt32(), Is.EqualTo(4 * TurnsEach));
        JsonElement list = JsonAssert.Result(await second.CallAsync("sessions.list", id: 2));
        Assert.That(list.GetProperty("sessions")[0].GetProperty("messageCount").GetInt32(), Is.EqualTo(4 * TurnsEach), "the index counted every turn");
    }

    [Test]
    public async Task Two_stores_appending_to_different_keys_at_once_lose_no_turn()
    {
        using var state = new TempDirectory();
        await using var first = RpcHarness.Start(RuntimeTrack.Core, stateDir: state.Path);
        await using var second = RpcHarness.Start(RuntimeTrack.Core, stateDir: state.Path);

        await Task.WhenAll(Appends(first, "left", "first").Concat(Appends(second, "right", "second")));

        foreach (string key in new[] { "left", "right" })
        {
            string[] lines = AllLines(state.Path, key);
            Assert.That(lines, Has.Length.EqualTo(1 + (2 * TurnsEach)), key);
        }

        JsonElement list = JsonAssert.Result(await first.CallAsync("sessions.list"));
        Assert.That(list.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("messageCount").GetInt32()),
            Is.EqualTo(new[] { 2 * TurnsEach, 2 * TurnsEach }));
    }

    [Test]
    public async Task Runs_on_one_key_take_turns_while_other_keys_go_ahead()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        SessionStore store = SessionTurns.Store(harness);
        IAsyncDisposable held = await store.LockSessionAsync("main", CancellationToken.None);
        Task<IAsyncDisposable> sameKey = store.LockSessionAsync("main", CancellationToken.None);
        IAsyncDisposable otherKey = await store.LockSessionAsync("other", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(sameKey.IsCompleted, Is.False, "the second run on main waits");

        await held.DisposeAsync();
        await (await sameKey.WaitAsync(TimeSpan.FromSeconds(5))).DisposeAsync();
        await otherKey.DisposeAsync();

        using var cancelled = new CancellationTokenSource();
        IAsyncDisposable again = await store.LockSessionAsync("main", CancellationToken.None);
        Task<IAsyncDisposable> waiting = store.LockSessionAsync("main", cancelled.Token);
        await cancelled.CancelAsync();
        Assert.That(async () => await waiting, Throws.InstanceOf<OperationCanceledException>());
        await again.DisposeAsync();
        await (await store.LockSessionAsync("main", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5))).DisposeAsync();
    }

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
    public async Task A_question_left_without_its_answer_is_dropped_so_the_next_turn_stays_user_then_assistant()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        string id = await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        string transcript = Path.Combine(SessionTurns.SessionsDir(harness), id + ".jsonl");
        File.AppendAllText(transcript, "{\"type\":\"message\",\"role\":\"user\",\"text\":\"unanswered\",\"ts\":\"2025-05-01T10:00:00.000Z\"}\n");

        JsonElement history = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"main\"}"));
        Assert.That(history.GetProperty("total").GetInt32(), Is.EqualTo(2));

        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 2);
        JsonElement after = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"main\"}", id: 2));
        Assert.That(after.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("role").GetString() + ":" + m.GetProperty("text").GetString()),
            Is.EqualTo(new[] { "user:question 1", "assistant:answer 1", "user:question 2", "assistant:answer 2" }));
        Assert.That(File.ReadAllText(transcript), Does.Not.Contain("unanswered"), "cut off before the append");
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

    [Test]
    public async Task A_transcript_from_a_newer_release_is_neither_read_nor_written()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        string id = await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        string transcript = Path.Combine(SessionTurns.SessionsDir(harness), id + ".jsonl");
        string newer = File.ReadAllText(transcript).Replace("\"formatVersion\":2", "\"formatVersion\":3", StringComparison.Ordinal);
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

    private static IEnumerable<Task> Appends(RpcHarness harness, string key, string writer) =>
        Enumerable.Range(1, TurnsEach).Select(n => Task.Run(() => SessionTurns.Store(harness).AppendTurnAsync(key,
            new TranscriptMessage("user", $"{writer} question {n}", SessionTurns.Start),
            new TranscriptMessage("assistant", $"{writer} answer {n}", SessionTurns.Start), CancellationToken.None)));

    private static string[] AllLines(string stateDir, string key)
    {
        string dir = Path.Combine(stateDir, "sessions");
        string[] transcripts = [.. Directory.GetFiles(dir, "*.jsonl").Where(f => File.ReadLines(f).First().Contains($"\"sessionKey\":\"{key}\"", StringComparison.Ordinal))];
        Assert.That(transcripts, Has.Length.EqualTo(1), $"one transcript for {key}");
        string text = File.ReadAllText(transcripts[0]);
        Assert.That(text, Does.EndWith("\n"));
        string[] lines = text[..^1].Split('\n');
        foreach (string line in lines)
        {
            Assert.DoesNotThrow(() => JsonDocument.Parse(line).Dispose(), line);
        }

        return lines;
    }

    private static void AssertTurnsWhole(string[] lines, string writer)
    {
        for (int n = 1; n <= TurnsEach; n++)
        {
            int question = Array.FindIndex(lines, l => l.Contains($"\"{writer} question {n}\"", StringComparison.Ordinal));
            Assert.That(question, Is.GreaterThan(0), $"{writer} question {n}");
            Assert.That(lines[question + 1], Does.Contain($"\"{writer} answer {n}\""), "a turn is never interleaved");
        }
    }
}

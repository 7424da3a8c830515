using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>
/// Tool turns through the store: stored and read back whole (also by a restarted runtime), a write killed at any point
/// leaves no torn turn, a turn a provider would reject is refused before anything is written, and a version-1 file gets
/// its header raised before its first tool turn.
/// </summary>
public sealed class SessionToolTurnStoreTests
{
    [Test]
    public async Task A_tool_turn_round_trips_and_a_restarted_runtime_reads_the_same_turn()
    {
        using var state = new TempDirectory();
        TranscriptMessage[] turn = ToolTurns.TwoCalls(1);
        await using (var first = RpcHarness.Start(RuntimeTrack.Core, stateDir: state.Path))
        {
            await SessionTurns.Store(first).AppendTurnAsync("main", turn, CancellationToken.None);
        }

        await using var restarted = RpcHarness.Start(RuntimeTrack.Edge, stateDir: state.Path);
        (_, IReadOnlyList<TranscriptMessage> stored) = await SessionTurns.Store(restarted).ReadAllAsync("main", CancellationToken.None);
        Assert.That(stored.Select(ToolTurns.Describe), Is.EqualTo(turn.Select(ToolTurns.Describe)));
        IReadOnlyList<TranscriptMessage> window = await SessionTurns.Store(restarted).ReadWindowAsync("main", CancellationToken.None);
        Assert.That(window.Select(m => m.Role), Is.EqualTo(new[] { "user", "assistant", "tool", "tool", "assistant" }), "the window feeds tool turns back");
        JsonElement list = JsonAssert.Result(await restarted.CallAsync("sessions.list"));
        Assert.That(list.GetProperty("sessions")[0].GetProperty("messageCount").GetInt32(), Is.EqualTo(5));
        Assert.That(list.GetProperty("sessions")[0].GetProperty("title").GetString(), Is.EqualTo("question 1"));
    }

    [Test]
    public async Task A_write_killed_anywhere_in_a_tool_turn_leaves_no_part_of_it_and_the_next_turn_is_stored_whole()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        SessionStore store = SessionTurns.Store(harness);
        string id = await SessionTurns.AppendAsync(store, "main", 1);
        string transcript = Path.Combine(SessionTurns.SessionsDir(harness), id + ".jsonl");
        string indexPath = Path.Combine(SessionTurns.SessionsDir(harness), "index.json");
        byte[] before = File.ReadAllBytes(transcript);
        byte[] indexBefore = File.ReadAllBytes(indexPath);
        await store.AppendTurnAsync("main", ToolTurns.TwoCalls(2), CancellationToken.None);
        byte[] turn = File.ReadAllBytes(transcript)[before.Length..];

        foreach (int cut in CutPoints(turn))
        {
            // What kill -9 mid-write leaves: part of the turn on disk, the index as it was before the append.
            File.WriteAllBytes(transcript, [.. before, .. turn.AsSpan(0, cut)]);
            File.WriteAllBytes(indexPath, indexBefore);

            JsonElement history = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"main\"}", id: cut));
            Assert.That(Texts(history), Is.EqualTo(new[] { "question 1", "answer 1" }), $"cut after {cut} bytes: the torn turn is not shown");
            Assert.That(await store.ReadWindowAsync("main", CancellationToken.None), Has.Count.EqualTo(2), $"cut after {cut} bytes");

            await store.AppendTurnAsync("main", ToolTurns.TwoCalls(3), CancellationToken.None);
            string[] lines = Encoding.UTF8.GetString(File.ReadAllBytes(transcript)).Split('\n');
            Assert.That(lines[^1], Is.Empty, "ends with a newline");
            string?[] types = [.. lines[..^1].Select(l => JsonDocument.Parse(l).RootElement.GetProperty("type").GetString())];
            Assert.That(types, Has.Length.EqualTo(1 + 2 + 5),
                $"cut after {cut} bytes: every line is whole JSON and nothing of turn 2 is left");
            JsonElement after = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"main\"}", id: cut + 1));
            Assert.That(Texts(after), Is.EqualTo(new[] { "question 1", "answer 1", "question 3", string.Empty, "Tool call denied: not approved by the user",
                "line one\nline two", "answer 3" }));
            JsonElement list = JsonAssert.Result(await harness.CallAsync("sessions.list", id: cut + 2));
            Assert.That(list.GetProperty("sessions")[0].GetProperty("messageCount").GetInt32(), Is.EqualTo(7), "the index counts what the file holds");
        }
    }

    [TestCase("result without its call")]
    [TestCase("call without its result")]
    [TestCase("two results for one call")]
    [TestCase("ends in tool calls")]
    [TestCase("unknown outcome")]
    [TestCase("result without tool name")]
    [TestCase("starts with the answer")]
    public async Task A_turn_a_provider_would_reject_is_refused_and_nothing_is_written(string flaw)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        TranscriptMessage[] t = ToolTurns.TwoCalls(1);
        TranscriptMessage[] turn = flaw switch
        {
            "result without its call" => [t[0], t[2], t[4]],
            "call without its result" => [t[0], t[1], t[2], t[4]],
            "two results for one call" => [t[0], t[1], t[2], t[2], t[3], t[4]],
            "ends in tool calls" => [t[0], t[1], t[2], t[3]],
            "unknown outcome" => [t[0], t[1], t[2], t[3] with { Outcome = "exploded" }, t[4]],
            "result without tool name" => [t[0], t[1], t[2], t[3] with { ToolName = null }, t[4]],
            _ => [t[4], t[0], t[4]],
        };

        await Assert.ThrowsAsync<ArgumentException>(() => SessionTurns.Store(harness).AppendTurnAsync("main", turn, CancellationToken.None));
        Assert.That(Directory.Exists(SessionTurns.SessionsDir(harness)), Is.False, "nothing was written");
    }

    [Test]
    public async Task A_version_1_transcript_keeps_its_turns_and_its_header_is_raised_before_its_first_tool_turn()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        SessionStore store = SessionTurns.Store(harness);
        string id = await SessionTurns.AppendAsync(store, "main", 1);
        string transcript = Path.Combine(SessionTurns.SessionsDir(harness), id + ".jsonl");
        // What the previous release wrote: same bytes but for the version digit, so the index still matches its length.
        File.WriteAllText(transcript, File.ReadAllText(transcript).Replace("\"formatVersion\":2", "\"formatVersion\":1", StringComparison.Ordinal));

        await SessionTurns.AppendAsync(store, "main", 2);
        string oldHeader = File.ReadLines(transcript).First();
        Assert.That(oldHeader, Does.Contain("\"formatVersion\":1"), "plain turns leave a version-1 file as it is");

        await store.AppendTurnAsync("main", ToolTurns.TwoCalls(3), CancellationToken.None);
        string[] lines = File.ReadAllLines(transcript);
        using JsonDocument header = JsonDocument.Parse(lines[0]);
        Assert.That(header.RootElement.GetProperty("formatVersion").GetInt32(), Is.EqualTo(2));
        Assert.That(header.RootElement.GetProperty("sessionId").GetString(), Is.EqualTo(id));
        Assert.That(lines[0], Is.EqualTo(oldHeader.Replace("\"formatVersion\":1", "\"formatVersion\":2", StringComparison.Ordinal)),
            "the header keeps what it said but for its version");
        JsonElement history = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"main\"}"));
        Assert.That(history.GetProperty("total").GetInt32(), Is.EqualTo(9));
        Assert.That(Texts(history).Take(4), Is.EqualTo(new[] { "question 1", "answer 1", "question 2", "answer 2" }));
        Assert.That(Directory.GetFiles(SessionTurns.SessionsDir(harness), "*.tmp"), Is.Empty, "no temporary file is left");
    }

    private static IEnumerable<int> CutPoints(byte[] turn)
    {
        var cuts = new SortedSet<int> { 0, 1, turn.Length - 1 };
        for (int i = 0; i < turn.Length; i++)
        {
            if (turn[i] == (byte)'\n')
            {
                cuts.UnionWith([i, i + 1, i + 2]);
            }
        }

        cuts.Remove(turn.Length);
        cuts.RemoveWhere(c => c > turn.Length);
        return cuts;
    }

    private static string[] Texts(JsonElement history) => [.. history.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()!)];
}

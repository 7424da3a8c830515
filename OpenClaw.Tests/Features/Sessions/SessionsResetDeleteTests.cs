using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

public sealed class SessionsResetDeleteTests
{
    [Test]
    public async Task Reset_archives_the_transcript_intact_and_starts_a_fresh_session()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        string oldId = await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        string transcript = Path.Combine(SessionTurns.SessionsDir(harness), oldId + ".jsonl");
        string before = File.ReadAllText(transcript);

        JsonElement reset = JsonAssert.Result(await harness.CallAsync("sessions.reset", "{\"sessionKey\":\"main\"}"));
        string newId = reset.GetProperty("sessionId").GetString()!;
        string archived = reset.GetProperty("archivedPath").GetString()!;
        Assert.That(newId, Is.Not.EqualTo(oldId).And.Match("^[0-9a-f]{32}$"));
        Assert.That(Path.IsPathRooted(archived), Is.True);
        Assert.That(Path.GetFileName(archived), Does.Match($"^{oldId}\\.jsonl\\.reset\\.[0-9]{{8}}T[0-9]{{9}}Z$"));
        Assert.That(File.ReadAllText(archived), Is.EqualTo(before), "archived, not rewritten");
        Assert.That(File.Exists(transcript), Is.False);

        JsonElement history = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"main\"}", id: 2));
        Assert.That(history.GetProperty("sessionId").GetString(), Is.EqualTo(newId));
        Assert.That(history.GetProperty("total").GetInt32(), Is.Zero);
        JsonElement entry = JsonAssert.Result(await harness.CallAsync("sessions.list", id: 3)).GetProperty("sessions")[0];
        Assert.That(entry.GetProperty("messageCount").GetInt32(), Is.Zero);
        Assert.That(entry.GetProperty("archives").GetInt32(), Is.EqualTo(1));

        Assert.That(await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 2), Is.EqualTo(newId), "the next turn goes to the new session");
    }

    [Test]
    public async Task Reset_of_an_unknown_key_archives_nothing_and_is_not_an_error()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        JsonElement reset = JsonAssert.Result(await harness.CallAsync("sessions.reset", "{\"sessionKey\":\"fresh\"}"));
        Assert.That(reset.GetProperty("archivedPath").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(reset.GetProperty("sessionId").GetString(), Does.Match("^[0-9a-f]{32}$"));
    }

    [Test]
    public async Task Delete_removes_every_file_of_the_key_and_leaves_other_sessions_alone()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        string otherId = await SessionTurns.AppendAsync(SessionTurns.Store(harness), "other", 1);
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        JsonAssert.Result(await harness.CallAsync("sessions.reset", "{\"sessionKey\":\"main\"}"));
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 2);
        JsonAssert.Result(await harness.CallAsync("sessions.reset", "{\"sessionKey\":\"main\"}", id: 2));
        string current = await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 3);
        string dir = SessionTurns.SessionsDir(harness);
        File.WriteAllText(Path.Combine(dir, current + ".jsonl.lock"), string.Empty);

        JsonElement deleted = JsonAssert.Result(await harness.CallAsync("sessions.delete", "{\"sessionKey\":\"main\"}", id: 3));
        Assert.That(deleted.GetProperty("deleted").GetBoolean(), Is.True);
        Assert.That(deleted.GetProperty("removedFiles").GetInt32(), Is.EqualTo(3), "the transcript and two archives");
        Assert.That(Directory.GetFiles(dir).Select(Path.GetFileName),
            Is.EquivalentTo(new[] { otherId + ".jsonl", otherId + ".jsonl.lock", "index.json", "index.json.lock" }));
        Assert.That(File.ReadAllText(Path.Combine(dir, "index.json")), Does.Not.Contain("\"main\""));
        Assert.That(JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"other\"}", id: 4)).GetProperty("total").GetInt32(),
            Is.EqualTo(2));

        JsonElement again = JsonAssert.Result(await harness.CallAsync("sessions.delete", "{\"sessionKey\":\"main\"}", id: 5));
        Assert.That(again.GetProperty("deleted").GetBoolean(), Is.False);
        Assert.That(again.GetProperty("removedFiles").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task Delete_also_finds_transcripts_of_the_key_the_index_lost()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        string id = await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        string dir = SessionTurns.SessionsDir(harness);
        string stray = Path.Combine(dir, Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllText(stray, File.ReadAllText(Path.Combine(dir, id + ".jsonl")).Replace(id, Path.GetFileNameWithoutExtension(stray), StringComparison.Ordinal));

        JsonElement deleted = JsonAssert.Result(await harness.CallAsync("sessions.delete", "{\"sessionKey\":\"main\"}"));
        Assert.That(deleted.GetProperty("removedFiles").GetInt32(), Is.EqualTo(2));
        Assert.That(File.Exists(stray), Is.False);
    }
}

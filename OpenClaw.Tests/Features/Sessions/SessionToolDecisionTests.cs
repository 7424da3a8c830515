using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>
/// "Allow always" / "reject always" answers: kept per session across a restart, replaced by a newer answer, bounded,
/// cleared by sessions.reset and removed by sessions.delete.
/// </summary>
public sealed class SessionToolDecisionTests
{
    [Test]
    public async Task Decisions_are_on_disk_for_a_restarted_runtime_and_a_new_answer_replaces_the_old()
    {
        using var state = new TempDirectory();
        await using (var first = RpcHarness.Start(RuntimeTrack.Core, stateDir: state.Path))
        {
            SessionStore store = SessionTurns.Store(first);
            await SessionTurns.AppendAsync(store, "main", 1);
            await store.RecordToolDecisionAsync("main", "files__read_file", allow: true, CancellationToken.None);
            await store.RecordToolDecisionAsync("main", "files__write_file", allow: false, CancellationToken.None);
            await store.RecordToolDecisionAsync("other", "git__status", allow: true, CancellationToken.None);
            await store.RecordToolDecisionAsync("main", "files__write_file", allow: true, CancellationToken.None);
        }

        await using var restarted = RpcHarness.Start(RuntimeTrack.Edge, stateDir: state.Path);
        SessionStore again = SessionTurns.Store(restarted);
        Assert.That(await again.ReadToolDecisionsAsync("main", CancellationToken.None),
            Is.EquivalentTo(new Dictionary<string, bool> { ["files__read_file"] = true, ["files__write_file"] = true }));
        Assert.That(await again.ReadToolDecisionsAsync("other", CancellationToken.None), Is.EquivalentTo(new Dictionary<string, bool> { ["git__status"] = true }));
        Assert.That(await again.ReadToolDecisionsAsync("nobody", CancellationToken.None), Is.Empty);
        (_, IReadOnlyList<TranscriptMessage> messages) = await again.ReadAllAsync("main", CancellationToken.None);
        Assert.That(messages, Has.Count.EqualTo(2), "recording a decision leaves the conversation as it was");
        JsonElement list = JsonAssert.Result(await restarted.CallAsync("sessions.list"));
        Assert.That(list.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("sessionKey").GetString()), Is.EquivalentTo(new[] { "main", "other" }));
    }

    [Test]
    public async Task Reset_clears_the_decisions_and_delete_removes_them()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        SessionStore store = SessionTurns.Store(harness);
        await SessionTurns.AppendAsync(store, "main", 1);
        await store.RecordToolDecisionAsync("main", "files__read_file", allow: true, CancellationToken.None);
        await store.RecordToolDecisionAsync("kept", "files__read_file", allow: false, CancellationToken.None);

        JsonAssert.Result(await harness.CallAsync("sessions.reset", "{\"sessionKey\":\"main\"}"));
        Assert.That(await store.ReadToolDecisionsAsync("main", CancellationToken.None), Is.Empty, "a reset is a fresh conversation");
        Assert.That(await store.ReadToolDecisionsAsync("kept", CancellationToken.None), Has.Count.EqualTo(1), "other sessions keep theirs");

        await store.RecordToolDecisionAsync("main", "git__push", allow: false, CancellationToken.None);
        JsonAssert.Result(await harness.CallAsync("sessions.delete", "{\"sessionKey\":\"main\"}", id: 2));
        Assert.That(await store.ReadToolDecisionsAsync("main", CancellationToken.None), Is.Empty);
        Assert.That(File.ReadAllText(Path.Combine(SessionTurns.SessionsDir(harness), "index.json")), Does.Not.Contain("git__push"));
    }

    [Test]
    public async Task At_most_256_tools_are_remembered_and_the_oldest_answer_goes_first()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        SessionStore store = SessionTurns.Store(harness);
        for (int n = 0; n < 258; n++)
        {
            await store.RecordToolDecisionAsync("main", $"s__tool{n}", allow: n % 2 == 0, CancellationToken.None);
            if (n == 2)
            {
                await store.RecordToolDecisionAsync("main", "s__tool0", allow: false, CancellationToken.None); // answered again: now the newest
            }
        }

        IReadOnlyDictionary<string, bool> decisions = await store.ReadToolDecisionsAsync("main", CancellationToken.None);
        Assert.That(decisions, Has.Count.EqualTo(256));
        Assert.That(decisions.Keys, Does.Not.Contain("s__tool1").And.Not.Contain("s__tool2"), "the two oldest answers were dropped");
        Assert.That(decisions["s__tool0"], Is.False);
        Assert.That(decisions["s__tool257"], Is.False);
        Assert.That(decisions["s__tool256"], Is.True);
    }

    [TestCase("")]
    [TestCase("  ")]
    [TestCase("files__read\nfile")]
    public async Task A_tool_name_no_tool_source_produces_is_refused(string tool)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        ArgumentException error = (await Assert.ThrowsAsync<ArgumentException>(() =>
            SessionTurns.Store(harness).RecordToolDecisionAsync("main", tool, allow: true, CancellationToken.None)))!;
        Assert.That(error.Message, Does.Contain("tool name"));
        Assert.That(Directory.Exists(SessionTurns.SessionsDir(harness)), Is.False);
    }
}

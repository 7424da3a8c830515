using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Protocol;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>
/// A state dir whose lock files cannot be taken (read-only, or an odd file where a lock file belongs; the latter
/// works as root too, where chmod 0555 would not stop anything): reads still answer, writes fail at once naming the path.
/// </summary>
public sealed class UnwritableStateTests
{
    [Test]
    [CancelAfter(30_000)]
    public async Task History_and_list_answer_without_taking_any_lock(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        string id = await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        string sessions = SessionTurns.SessionsDir(harness);
        foreach (string lockFile in new[] { "index.json.lock", id + ".jsonl.lock" })
        {
            File.Delete(Path.Combine(sessions, lockFile));
            Directory.CreateDirectory(Path.Combine(sessions, lockFile)); // cannot be opened as a lock file, whoever runs the test
        }

        JsonElement history = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"main\"}", cancellationToken: cancellationToken));
        Assert.That(history.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()),
            Is.EqualTo(new[] { "question 1", "answer 1" }));
        JsonElement list = JsonAssert.Result(await harness.CallAsync("sessions.list", id: 2, cancellationToken: cancellationToken));
        Assert.That(list.GetProperty("sessions")[0].GetProperty("messageCount").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    [Platform(Exclude = "Win")]
    [CancelAfter(30_000)]
    public async Task A_write_whose_lock_file_cannot_be_opened_fails_at_once_naming_the_path(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        string index = Path.Combine(SessionTurns.SessionsDir(harness), "index.json");
        // Opening it fails with an I/O error that is not "held by another process", as on a read-only file system.
        File.Delete(index + ".lock");
        File.CreateSymbolicLink(index + ".lock", Path.Combine(SessionTurns.SessionsDir(harness), "missing", "lock"));

        // Given 5 s: a write that waited for the lock (15 s) would be cancelled instead of answering -32015.
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(TimeSpan.FromSeconds(5));
        RpcException error = (await Assert.ThrowsAsync<RpcException>(() => SessionTurns.Store(harness).AppendTurnAsync("main",
            new("user", "q", SessionTurns.Start), new("assistant", "a", SessionTurns.Start), bounded.Token)))!;
        Assert.That(error.Code, Is.EqualTo(-32015));
        Assert.That(error.Message, Does.Contain(index));
        Assert.That(error.Data.Retryable, Is.True);
    }
}

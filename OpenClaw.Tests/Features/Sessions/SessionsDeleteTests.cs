using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>sessions.delete: every file of the key goes, other sessions stay; bad params.</summary>
public sealed class SessionsDeleteTests
{
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

    [TestCase("{\"sessionKey\":\"\"}", "$.sessionKey")]
    public async Task Invalid_params_name_the_path(string parameters, string path)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        JsonElement response = await harness.CallAsync("sessions.delete", parameters);
        JsonAssert.IsError(response, -32602, "invalidParams");
        Assert.That(response.GetProperty("error").GetProperty("data").GetProperty("path").GetString(), Is.EqualTo(path));
    }
}

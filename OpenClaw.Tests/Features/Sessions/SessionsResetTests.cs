using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>sessions.reset: the transcript is archived intact and a fresh session starts; bad params and keys.</summary>
public sealed class SessionsResetTests
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

    [TestCase("{}", "$.sessionKey")]
    public async Task Invalid_params_name_the_path(string parameters, string path)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        JsonElement response = await harness.CallAsync("sessions.reset", parameters);
        JsonAssert.IsError(response, -32602, "invalidParams");
        Assert.That(response.GetProperty("error").GetProperty("data").GetProperty("path").GetString(), Is.EqualTo(path));
    }

    [Test]
    public async Task A_key_longer_than_256_characters_is_invalid()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        JsonAssert.IsError(await harness.CallAsync("sessions.reset", $"{{\"sessionKey\":\"{new string('k', 257)}\"}}"), -32602, "invalidParams");
        JsonAssert.Result(await harness.CallAsync("sessions.reset", $"{{\"sessionKey\":\"{new string('k', 256)}\"}}", id: 2));
    }
}

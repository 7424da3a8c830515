using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Protocol;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>The sessions index: rebuilt from the transcripts when missing or corrupt, refused and kept when a newer release wrote it.</summary>
public sealed class SessionIndexTests
{
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
}

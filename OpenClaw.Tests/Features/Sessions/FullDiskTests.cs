using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Protocol;
using OpenClaw.Rpc.Storage;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>
/// The disk fills up between the transcript append and the index save: the run answers the retryable -32015 and stores
/// nothing, so the client's retry stores the turn exactly once.
/// </summary>
public sealed class FullDiskTests
{
    [Test]
    public async Task A_turn_whose_index_save_fails_is_taken_back_so_a_retry_stores_it_once()
    {
        var writer = new FailingStateFileWriter();
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, extra: b => b.Services.AddSingleton<StateFileWriter>(writer));
        string id = await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        string transcript = Path.Combine(SessionTurns.SessionsDir(harness), id + ".jsonl");
        byte[] before = File.ReadAllBytes(transcript);

        writer.Failing = true;
        RpcException error = (await Assert.ThrowsAsync<RpcException>(() => SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 2)))!;
        Assert.That(error.Code, Is.EqualTo(-32015));
        Assert.That(error.Data.Retryable, Is.True);
        Assert.That(File.ReadAllBytes(transcript), Is.EqualTo(before), "the failed run left the transcript as it was");

        writer.Failing = false;
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 2);
        JsonElement history = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"main\"}"));
        Assert.That(history.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()),
            Is.EqualTo(new[] { "question 1", "answer 1", "question 2", "answer 2" }));
    }

    [Test]
    public async Task The_first_turn_of_a_session_whose_index_save_fails_leaves_no_transcript()
    {
        var writer = new FailingStateFileWriter { Failing = true };
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, extra: b => b.Services.AddSingleton<StateFileWriter>(writer));

        RpcException error = (await Assert.ThrowsAsync<RpcException>(() => SessionTurns.AppendAsync(SessionTurns.Store(harness), "fresh", 1)))!;
        Assert.That(error.Code, Is.EqualTo(-32015));
        Assert.That(Directory.GetFiles(SessionTurns.SessionsDir(harness), "*.jsonl"), Is.Empty);

        writer.Failing = false;
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "fresh", 1);
        JsonElement history = JsonAssert.Result(await harness.CallAsync("sessions.history", "{\"sessionKey\":\"fresh\"}"));
        Assert.That(history.GetProperty("total").GetInt32(), Is.EqualTo(2));
        Assert.That(Directory.GetFiles(SessionTurns.SessionsDir(harness), "*.jsonl"), Has.Length.EqualTo(1), "no orphan of the failed attempt");
    }
}

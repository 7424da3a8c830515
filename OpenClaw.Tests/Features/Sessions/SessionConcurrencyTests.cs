using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>Two stores on one state dir stand for two runtime processes (two editor windows).</summary>
public sealed class SessionConcurrencyTests
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

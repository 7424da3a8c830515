using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

public sealed class SessionHistoryWindowTests
{
    [Test]
    public async Task The_window_keeps_the_newest_whole_pairs_within_the_message_bound()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, configJson: "{\"sessions\":{\"maxHistoryMessages\":5}}");
        await SessionTurns.AppendManyAsync(harness, "main", 4);

        IReadOnlyList<TranscriptMessage> window = await SessionTurns.Store(harness).ReadWindowAsync("main", CancellationToken.None);
        Assert.That(window.Select(m => m.Text), Is.EqualTo(new[] { "question 3", "answer 3", "question 4", "answer 4" }), "5 rounds down to 2 pairs");
        Assert.That(window[0].Role, Is.EqualTo("user"));
        Assert.That(window[^1].Provider, Is.EqualTo("openai"));
        Assert.That(window[^1].Usage, Is.EqualTo(new TurnUsage(3, 5, 8)));
    }

    [Test]
    public async Task The_window_drops_the_oldest_pairs_that_do_not_fit_the_character_bound()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, configJson: "{\"sessions\":{\"maxHistoryChars\":1000}}");
        SessionStore store = SessionTurns.Store(harness);
        await SessionTurns.AppendAsync(store, "main", 1, new string('a', 100), new string('b', 100));
        await SessionTurns.AppendAsync(store, "main", 2, new string('c', 300), new string('d', 300));
        await SessionTurns.AppendAsync(store, "main", 3, new string('e', 200), new string('f', 250));

        IReadOnlyList<TranscriptMessage> window = await store.ReadWindowAsync("main", CancellationToken.None);
        Assert.That(window.Select(m => m.Text[0]), Is.EqualTo(new[] { 'e', 'f' }), "turn 2 would bring it to 1050 characters");

        await SessionTurns.AppendAsync(store, "main", 4, new string('g', 600), new string('h', 401));
        Assert.That(await store.ReadWindowAsync("main", CancellationToken.None), Is.Empty, "a pair over the bound alone is never split");
    }

    [Test]
    public async Task An_unknown_session_has_an_empty_window()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        Assert.That(await SessionTurns.Store(harness).ReadWindowAsync("nobody", CancellationToken.None), Is.Empty);
    }
}

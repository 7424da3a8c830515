using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>
/// The history window with tool turns: cut only between turns, so a tool call always comes with its result; a tool turn
/// too large for the bounds is fed as its question and answer; one too large even for that ends the window.
/// </summary>
public sealed class SessionToolWindowTests
{
    [Test]
    public void A_window_with_room_for_the_tool_turn_feeds_it_whole()
    {
        IReadOnlyList<TranscriptMessage> window = SessionHistoryWindow.Select(Conversation(), maxMessages: 7, maxChars: 32_000);

        Assert.That(Labels(window), Is.EqualTo(new[] { "user:question 2", "assistant:", "tool:c2b", "tool:c2a", "assistant:answer 2", "user:question 3", "assistant:answer 3" }));
    }

    [TestCase(6, 32_000)]
    [TestCase(5, 32_000)]
    [TestCase(4, 32_000)]
    [TestCase(200, 100)]
    public void A_tool_turn_over_what_is_left_of_the_bounds_is_fed_as_its_question_and_answer_never_split(int maxMessages, int maxChars)
    {
        IReadOnlyList<TranscriptMessage> window = SessionHistoryWindow.Select(Conversation(), maxMessages, maxChars);

        string[] expected = maxMessages >= 6
            ? ["user:question 1", "assistant:answer 1", "user:question 2", "assistant:answer 2", "user:question 3", "assistant:answer 3"]
            : ["user:question 2", "assistant:answer 2", "user:question 3", "assistant:answer 3"];
        Assert.That(Labels(window), Is.EqualTo(expected));
        Assert.That(window.Where(m => m.Role == "assistant").Select(m => m.ToolCalls), Is.All.Null, "no call is fed without its result");
    }

    [Test]
    public void A_tool_result_counts_by_its_text_and_the_calls_by_their_arguments()
    {
        TranscriptMessage[] turn = ToolTurns.TwoCalls(1, result: new string('r', 900));
        int whole = turn.Sum(m => m.Text.Length) + turn[1].ToolCalls!.Sum(c => c.Arguments.GetRawText().Length);

        Assert.That(SessionHistoryWindow.Select(turn, 200, whole), Has.Count.EqualTo(5), "exactly at the bound: whole");
        Assert.That(Labels(SessionHistoryWindow.Select(turn, 200, whole - 1)), Is.EqualTo(new[] { "user:question 1", "assistant:answer 1" }));
    }

    [Test]
    public void When_even_the_question_and_answer_do_not_fit_the_window_ends_there_and_has_no_gap()
    {
        TranscriptMessage[] big = ToolTurns.TwoCalls(2);
        big[0] = big[0] with { Text = new string('q', 600) };
        big[^1] = big[^1] with { Text = new string('a', 600) };
        TranscriptMessage[] messages = [.. Pair(1), .. big, .. Pair(3)];

        Assert.That(Labels(SessionHistoryWindow.Select(messages, 200, 1000)), Is.EqualTo(new[] { "user:question 3", "assistant:answer 3" }),
            "turn 1 would fit but feeding it without turn 2 would leave a hole");
    }

    [Test]
    public async Task The_store_window_follows_the_configured_bounds_with_tool_turns()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, configJson: "{\"sessions\":{\"maxHistoryMessages\":5}}");
        SessionStore store = SessionTurns.Store(harness);
        await SessionTurns.AppendAsync(store, "main", 1);
        await store.AppendTurnAsync("main", ToolTurns.TwoCalls(2), CancellationToken.None);

        Assert.That(Labels(await store.ReadWindowAsync("main", CancellationToken.None)),
            Is.EqualTo(new[] { "user:question 2", "assistant:", "tool:c2b", "tool:c2a", "assistant:answer 2" }));
        await SessionTurns.AppendAsync(store, "main", 3);
        Assert.That(Labels(await store.ReadWindowAsync("main", CancellationToken.None)),
            Is.EqualTo(new[] { "user:question 2", "assistant:answer 2", "user:question 3", "assistant:answer 3" }));
    }

    private static TranscriptMessage[] Conversation() => [.. Pair(1), .. ToolTurns.TwoCalls(2), .. Pair(3)];

    private static TranscriptMessage[] Pair(int n) =>
    [
        new("user", $"question {n}", SessionTurns.Start.AddMinutes(n)),
        new("assistant", $"answer {n}", SessionTurns.Start.AddMinutes(n).AddSeconds(1)),
    ];

    private static string[] Labels(IEnumerable<TranscriptMessage> window) =>
        [.. window.Select(m => m.Role == "tool" ? $"tool:{m.ToolCallId}" : $"{m.Role}:{m.Text}")];
}

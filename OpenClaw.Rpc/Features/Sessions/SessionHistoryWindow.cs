namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// The history a run is fed: the newest whole turns that fit both bounds, oldest first, so the window starts with a
/// user message and never holds a tool call without its result or a result without its call. A message counts by its
/// text (a tool result by the text the model was given) plus, for an assistant message, the JSON of its calls' arguments.
/// A tool turn too large for what is left of the bounds is fed as its question and final answer only; when even those do
/// not fit, the window ends there (older turns are left out too, so the history has no gap). Messages outside a whole
/// turn (a torn turn, a hand edit) are left out.
/// </summary>
internal static class SessionHistoryWindow
{
    public static IReadOnlyList<TranscriptMessage> Select(IReadOnlyList<TranscriptMessage> messages, int maxMessages, int maxChars)
    {
        List<ArraySegment<TranscriptMessage>> turns = TranscriptTurn.Split(messages);
        var taken = new List<IReadOnlyList<TranscriptMessage>>();
        int count = 0;
        long chars = 0;
        for (int t = turns.Count - 1; t >= 0; t--)
        {
            IReadOnlyList<TranscriptMessage> turn = turns[t];
            if (!Fits(turn, count, chars, maxMessages, maxChars))
            {
                turn = [turn[0], turn[^1]];
                if (!Fits(turn, count, chars, maxMessages, maxChars))
                {
                    break;
                }
            }

            taken.Add(turn);
            count += turn.Count;
            chars += turn.Sum(Size);
        }

        taken.Reverse();
        return [.. taken.SelectMany(turn => turn)];
    }

    private static bool Fits(IReadOnlyList<TranscriptMessage> turn, int count, long chars, int maxMessages, int maxChars) =>
        count + turn.Count <= maxMessages && chars + turn.Sum(Size) <= maxChars;

    private static long Size(TranscriptMessage message) =>
        message.Text.Length + (message.ToolCalls?.Sum(call => (long)call.Arguments.GetRawText().Length) ?? 0);
}

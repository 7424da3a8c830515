namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// The history a run is fed: the newest whole user/assistant pairs that fit both bounds, oldest first, so the
/// window starts with a user message. Messages outside a pair (a torn turn) are left out.
/// </summary>
internal static class SessionHistoryWindow
{
    public static IReadOnlyList<TranscriptMessage> Select(IReadOnlyList<TranscriptMessage> messages, int maxMessages, int maxChars)
    {
        var pairs = new List<(TranscriptMessage User, TranscriptMessage Answer)>();
        for (int i = 0; i + 1 < messages.Count; i++)
        {
            if (messages[i].Role == TranscriptMessage.User && messages[i + 1].Role == TranscriptMessage.Assistant)
            {
                pairs.Add((messages[i], messages[i + 1]));
                i++;
            }
        }

        int taken = 0;
        long chars = 0;
        while (taken < pairs.Count)
        {
            (TranscriptMessage user, TranscriptMessage answer) = pairs[pairs.Count - 1 - taken];
            long size = user.Text.Length + answer.Text.Length;
            if ((taken + 1) * 2 > maxMessages || chars + size > maxChars)
            {
                break;
            }

            chars += size;
            taken++;
        }

        return [.. pairs.Skip(pairs.Count - taken).SelectMany(p => new[] { p.User, p.Answer })];
    }
}

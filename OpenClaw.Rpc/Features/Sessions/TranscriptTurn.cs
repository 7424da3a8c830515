namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// The shape of one turn: the user's message, then rounds of an assistant message with tool calls followed by one result
/// per call (any order, each call id once), ending with an assistant message without tool calls. Providers reject a
/// result without its call and a call without its result, so a turn is only ever stored, fed back or dropped whole.
/// </summary>
internal static class TranscriptTurn
{
    /// <summary>The shape of the turn starting at <paramref name="start"/> and, when whole, how many messages it has.</summary>
    public static TranscriptTurnShape Measure(IReadOnlyList<TranscriptMessage> messages, int start, out int length)
    {
        length = 0;
        if (start >= messages.Count || messages[start].Role != TranscriptMessage.User)
        {
            return TranscriptTurnShape.Malformed;
        }

        int i = start + 1;
        while (true)
        {
            if (i >= messages.Count)
            {
                return TranscriptTurnShape.Unfinished;
            }

            TranscriptMessage answer = messages[i++];
            if (answer.Role != TranscriptMessage.Assistant)
            {
                return TranscriptTurnShape.Malformed;
            }

            if (!answer.HasToolCalls)
            {
                length = i - start;
                return TranscriptTurnShape.Whole;
            }

            var pending = new HashSet<string>(StringComparer.Ordinal);
            foreach (TranscriptToolCall call in answer.ToolCalls!)
            {
                if (!pending.Add(call.Id))
                {
                    return TranscriptTurnShape.Malformed;
                }
            }

            while (pending.Count > 0)
            {
                if (i >= messages.Count)
                {
                    return TranscriptTurnShape.Unfinished;
                }

                TranscriptMessage result = messages[i++];
                if (result.Role != TranscriptMessage.Tool || !pending.Remove(result.ToolCallId!))
                {
                    return TranscriptTurnShape.Malformed;
                }
            }
        }
    }

    /// <summary>Every whole turn, oldest first; messages that belong to none (a hand edit, an older release's leftovers) are left out.</summary>
    public static List<ArraySegment<TranscriptMessage>> Split(IReadOnlyList<TranscriptMessage> messages)
    {
        TranscriptMessage[] all = [.. messages];
        var turns = new List<ArraySegment<TranscriptMessage>>();
        int i = 0;
        while (i < all.Length)
        {
            if (Measure(all, i, out int length) == TranscriptTurnShape.Whole)
            {
                turns.Add(new ArraySegment<TranscriptMessage>(all, i, length));
                i += length;
            }
            else
            {
                i++;
            }
        }

        return turns;
    }
}

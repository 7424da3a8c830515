using System.Text.Json;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// Reads a transcript the way a crash may have left it. Every turn is one write ending in a newline, so a final
/// line without one is a write cut short: it is skipped, and so is the user message of that torn turn when it
/// made it to disk whole. Other unreadable lines are counted and skipped, never fatal.
/// </summary>
internal static class TranscriptParser
{
    public static ParsedTranscript Parse(ReadOnlySpan<byte> content)
    {
        TranscriptLine? header = null;
        var messages = new List<TranscriptMessage>();
        int skipped = 0;
        int offset = 0;
        int lastMessageStart = -1;
        while (offset < content.Length)
        {
            int newline = content[offset..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                return Torn(header, messages, offset, lastMessageStart, skipped);
            }

            TranscriptLine? line = TryParse(content.Slice(offset, newline));
            lastMessageStart = -1;
            if (offset == 0 && line?.Type == TranscriptLine.SessionType)
            {
                header = line;
            }
            else if (line?.ToMessage() is { } message)
            {
                messages.Add(message);
                lastMessageStart = offset;
            }
            else if (!content.Slice(offset, newline).Trim((byte)' ').IsEmpty)
            {
                skipped++;
            }

            offset += newline + 1;
        }

        return new ParsedTranscript(header, messages, offset, skipped);
    }

    /// <summary>Just the first line, when it is a header (enough to check the format version before appending).</summary>
    public static TranscriptLine? ParseHeader(ReadOnlySpan<byte> firstLine) =>
        TryParse(firstLine) is { Type: TranscriptLine.SessionType } header ? header : null;

    private static ParsedTranscript Torn(TranscriptLine? header, List<TranscriptMessage> messages, int tornStart, int lastMessageStart, int skipped)
    {
        // Both messages of a turn go in one write, so a whole user line right before the torn one is the torn turn's first half.
        if (lastMessageStart >= 0 && messages[^1].Role == TranscriptMessage.User)
        {
            messages.RemoveAt(messages.Count - 1);
            return new ParsedTranscript(header, messages, lastMessageStart, skipped);
        }

        return new ParsedTranscript(header, messages, tornStart, skipped);
    }

    private static TranscriptLine? TryParse(ReadOnlySpan<byte> line)
    {
        try
        {
            return JsonSerializer.Deserialize(line, SessionsJsonContext.Default.TranscriptLine);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Text.Json;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// Reads a transcript the way a crash may have left it. Every turn is one write ending in a newline, so a final
/// line without one is a write cut short: it is skipped, and so is a user message that would end the transcript
/// without its answer. Other unreadable lines are counted and skipped, never fatal.
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
                break; // a write cut short: everything from offset on is left out
            }

            TranscriptLine? line = TryParse(content.Slice(offset, newline));
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

        // Both messages of a turn go in one write, so a user message that ends the transcript is half a turn (cut short by
        // a crash, or left by an older release): it is dropped like a torn line, so the next turn starts with its own question.
        if (messages.Count > 0 && messages[^1].Role == TranscriptMessage.User)
        {
            messages.RemoveAt(messages.Count - 1);
            return new ParsedTranscript(header, messages, lastMessageStart, skipped);
        }

        return new ParsedTranscript(header, messages, offset, skipped);
    }

    /// <summary>Just the first line, when it is a header (enough to check the format version before appending).</summary>
    public static TranscriptLine? ParseHeader(ReadOnlySpan<byte> firstLine) =>
        TryParse(firstLine) is { Type: TranscriptLine.SessionType } header ? header : null;

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

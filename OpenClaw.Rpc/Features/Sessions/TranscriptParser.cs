using System.Text.Json;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// Reads a transcript the way a crash may have left it. Every turn is one write ending in a newline, so a final
/// line without one is a write cut short: it is skipped, and so is a last turn that stops before its final answer (a
/// question alone, or tool calls without all their results). Other unreadable lines are counted and skipped, never fatal.
/// </summary>
internal static class TranscriptParser
{
    public static ParsedTranscript Parse(ReadOnlySpan<byte> content)
    {
        TranscriptLine? header = null;
        var messages = new List<TranscriptMessage>();
        int skipped = 0;
        int offset = 0;
        var starts = new List<int>();
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
                starts.Add(offset);
            }
            else if (!content.Slice(offset, newline).Trim((byte)' ').IsEmpty)
            {
                skipped++;
            }

            offset += newline + 1;
        }

        // A turn goes in one write, so a last turn that stops short of its final answer was cut short by a crash (or left by an
        // older release): it is dropped like a torn line, so the next turn starts with its own question and no tool call is
        // left without its result.
        int lastQuestion = messages.FindLastIndex(m => m.Role == TranscriptMessage.User);
        if (lastQuestion >= 0 && TranscriptTurn.Measure(messages, lastQuestion, out _) == TranscriptTurnShape.Unfinished)
        {
            messages.RemoveRange(lastQuestion, messages.Count - lastQuestion);
            return new ParsedTranscript(header, messages, starts[lastQuestion], skipped);
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

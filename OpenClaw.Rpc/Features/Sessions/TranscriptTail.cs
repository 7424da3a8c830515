using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// Gets a transcript ready for an append: refuses a file from a newer release and cuts off what a crash left after
/// the last whole turn, so the next write never glues onto junk and a turn always starts with its user message.
/// </summary>
internal static class TranscriptTail
{
    private const int HeaderProbeBytes = 8192;

    /// <summary>
    /// Refuses a newer format and truncates a torn last turn. A file of exactly <paramref name="knownBytes"/> is the
    /// one the index counted (<paramref name="knownCount"/> messages, ending in a whole turn); any other is read whole.
    /// </summary>
    public static TranscriptState Prepare(string path, long? knownBytes, int knownCount, RuntimeLog log)
    {
        if (!File.Exists(path))
        {
            return TranscriptState.Missing;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        if (stream.Length == 0)
        {
            return TranscriptState.Missing;
        }

        byte[] probe = new byte[(int)Math.Min(stream.Length, HeaderProbeBytes)];
        stream.ReadExactly(probe);
        int headerEnd = probe.AsSpan().IndexOf((byte)'\n');
        TranscriptLine? header = headerEnd >= 0 ? TranscriptParser.ParseHeader(probe.AsSpan(0, headerEnd)) : null;
        if (header is { FormatVersion: > TranscriptFile.FormatVersion })
        {
            throw SessionStateErrors.NewerRelease(path);
        }

        if (headerEnd >= 0 && stream.Length == knownBytes)
        {
            return new TranscriptState(stream.Length, knownCount, header?.FormatVersion ?? 0);
        }

        stream.Position = 0;
        byte[] content = new byte[stream.Length];
        stream.ReadExactly(content);
        ParsedTranscript parsed = TranscriptParser.Parse(content);
        if (parsed.WrittenByNewerRelease)
        {
            throw SessionStateErrors.NewerRelease(path);
        }

        if (parsed.ValidLength < content.Length)
        {
            log.Warn($"{path}: dropped {content.Length - parsed.ValidLength} bytes of a turn cut short by a crash");
            stream.SetLength(parsed.ValidLength);
            stream.Flush(flushToDisk: true);
        }

        return new TranscriptState(parsed.ValidLength, parsed.Messages.Count, parsed.Header?.FormatVersion ?? 0);
    }
}

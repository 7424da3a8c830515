using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// Gets a transcript ready for an append: refuses a file from a newer release and cuts off a turn a crash left
/// half-written, so the next write never glues onto junk.
/// </summary>
internal static class TranscriptTail
{
    private const int HeaderProbeBytes = 8192;

    /// <summary>Refuses a newer format and truncates a torn last turn; true when the file is missing or empty (needs its header).</summary>
    public static bool Prepare(string path, RuntimeLog log)
    {
        if (!File.Exists(path))
        {
            return true;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        if (stream.Length == 0)
        {
            return true;
        }

        byte[] probe = new byte[(int)Math.Min(stream.Length, HeaderProbeBytes)];
        stream.ReadExactly(probe);
        int headerEnd = probe.AsSpan().IndexOf((byte)'\n');
        if (headerEnd >= 0 && TranscriptParser.ParseHeader(probe.AsSpan(0, headerEnd)) is { FormatVersion: > TranscriptFile.FormatVersion })
        {
            throw SessionStateErrors.NewerRelease(path);
        }

        stream.Position = stream.Length - 1;
        if (headerEnd >= 0 && stream.ReadByte() == '\n')
        {
            return false;
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

        return parsed.ValidLength == 0;
    }
}

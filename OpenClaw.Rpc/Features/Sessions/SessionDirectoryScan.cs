namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>The transcripts and archives in the sessions directory with the header each starts with.</summary>
internal static class SessionDirectoryScan
{
    private const int HeaderProbeBytes = 8192;

    /// <summary>Every transcript (<c>&lt;id&gt;.jsonl</c>) and archive, with its header (null when unreadable).</summary>
    public static IEnumerable<(string Path, bool IsArchive, TranscriptLine? Header)> Files(string directory)
    {
        if (!Directory.Exists(directory))
        {
            yield break;
        }

        foreach (string path in Directory.EnumerateFiles(directory))
        {
            string name = Path.GetFileName(path);
            bool archive = SessionFileNames.IsArchive(name);
            if (archive || SessionFileNames.IsTranscript(name))
            {
                yield return (path, archive, ReadHeader(path));
            }
        }
    }

    private static TranscriptLine? ReadHeader(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            byte[] probe = new byte[(int)Math.Min(stream.Length, HeaderProbeBytes)];
            stream.ReadExactly(probe);
            int end = probe.AsSpan().IndexOf((byte)'\n');
            return end < 0 ? null : TranscriptParser.ParseHeader(probe.AsSpan(0, end));
        }
        catch (Exception e) when (SessionStateErrors.IsIoFailure(e))
        {
            return null;
        }
    }
}

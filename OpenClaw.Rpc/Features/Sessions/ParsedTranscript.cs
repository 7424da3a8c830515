namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// A transcript as read: its header (null when missing or unreadable), its messages, and <see cref="ValidLength"/>,
/// the byte length that ends after the last whole turn (what a writer truncates to before appending).
/// </summary>
internal sealed record ParsedTranscript(TranscriptLine? Header, IReadOnlyList<TranscriptMessage> Messages, long ValidLength, int SkippedLines)
{
    public static readonly ParsedTranscript Empty = new(null, [], 0, 0);

    public bool WrittenByNewerRelease => Header?.FormatVersion > TranscriptFile.FormatVersion;
}

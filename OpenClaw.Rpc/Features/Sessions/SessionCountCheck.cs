namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// Makes <c>sessions.list</c> answer what the transcripts hold. An entry whose transcript is not the length it recorded
/// (a run killed between its append and the index save, a torn tail, an index from an older release) is counted
/// again from the transcript; the next append of that key writes the corrected entry. A stat per entry, a read only on
/// a mismatch.
/// </summary>
internal sealed class SessionCountCheck(SessionOptions options, TranscriptFile transcripts)
{
    public async Task<SessionIndexEntry> CheckAsync(SessionIndexEntry entry, CancellationToken cancellationToken)
    {
        string path = options.TranscriptPath(entry.SessionId);
        var file = new FileInfo(path);
        if ((file.Exists ? file.Length : 0) == (entry.TranscriptBytes ?? 0))
        {
            return entry;
        }

        ParsedTranscript parsed = await transcripts.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        TranscriptMessage? answer = parsed.Messages.LastOrDefault(m => m.Role == TranscriptMessage.Assistant);
        string? lastTime = parsed.Messages.Count > 0 ? SessionTime.Format(parsed.Messages[^1].Timestamp) : null;
        return entry with
        {
            MessageCount = parsed.Messages.Count,
            UpdatedAt = lastTime is not null && string.CompareOrdinal(lastTime, entry.UpdatedAt) > 0 ? lastTime : entry.UpdatedAt,
            LastProvider = answer?.Provider ?? entry.LastProvider,
            LastModel = answer?.Model ?? entry.LastModel,
        };
    }
}

using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// Rebuilds the index from the transcripts when it is missing or corrupt: each transcript header names its key,
/// counts come from the lines. When two transcripts claim one key the most recently updated wins; archives are
/// attached to their key, which gets an empty session when it has no live transcript.
/// </summary>
internal sealed class SessionIndexRebuilder(SessionOptions options, TimeProvider time, RuntimeLog log)
{
    public Dictionary<string, SessionIndexEntry> Rebuild()
    {
        var sessions = new Dictionary<string, SessionIndexEntry>(StringComparer.Ordinal);
        var archives = new List<(string Key, string Name)>();
        foreach ((string path, bool isArchive, TranscriptLine? header) in SessionDirectoryScan.Files(options.Directory))
        {
            if (header?.SessionKey is not { } key)
            {
                log.Warn($"{path} has no session header; left out of the rebuilt index");
            }
            else if (isArchive)
            {
                archives.Add((key, Path.GetFileName(path)));
            }
            else if (Entry(path, header) is { } entry
                && (!sessions.TryGetValue(key, out SessionIndexEntry? other) || string.CompareOrdinal(other.UpdatedAt, entry.UpdatedAt) < 0))
            {
                sessions[key] = entry;
            }
        }

        foreach ((string key, string name) in archives.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            SessionIndexEntry entry = sessions.TryGetValue(key, out SessionIndexEntry? found) ? found : SessionIndexEntry.Fresh(time.GetUtcNow());
            sessions[key] = entry with { Archives = [.. entry.ArchiveNames, name] };
        }

        if (sessions.Count > 0)
        {
            log.Info($"rebuilt {options.IndexPath}: {sessions.Count} sessions");
        }

        return sessions;
    }

    private static SessionIndexEntry? Entry(string path, TranscriptLine header)
    {
        string sessionId = Path.GetFileName(path)[..32];
        if (header.SessionId != sessionId)
        {
            return null;
        }

        byte[] content = File.ReadAllBytes(path);
        ParsedTranscript parsed = TranscriptParser.Parse(content);
        TranscriptMessage? answer = parsed.Messages.LastOrDefault(m => m.Role == TranscriptMessage.Assistant);
        string createdAt = header.CreatedAt ?? SessionTime.Format(File.GetCreationTimeUtc(path));
        string updatedAt = parsed.Messages.Count > 0 ? SessionTime.Format(parsed.Messages[^1].Timestamp) : createdAt;
        // The length is recorded only for a file ending in a whole turn, so the next append still cuts off a torn tail.
        long? counted = parsed.ValidLength == content.Length ? content.Length : null;
        return new SessionIndexEntry(sessionId, createdAt, updatedAt, parsed.Messages.Count, answer?.Provider, answer?.Model, [], counted);
    }
}

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// <c>sessions.reset</c> archives a key's transcript (renamed, never deleted) and starts a fresh session;
/// <c>sessions.delete</c> removes every file of a key, including transcripts the index lost track of.
/// </summary>
internal sealed class SessionArchiver(SessionOptions options, SessionIndex index, TranscriptFile transcripts, TimeProvider time)
{
    /// <summary>The new session id and the archive's absolute path (null when there was no transcript to archive).</summary>
    public async Task<(string SessionId, string? ArchivedPath)> ResetAsync(string sessionKey, CancellationToken cancellationToken)
    {
        using SessionIndexLease lease = await index.OpenAsync(cancellationToken).ConfigureAwait(false);
        DateTimeOffset now = time.GetUtcNow();
        IReadOnlyList<string> archives = [];
        string? archivedPath = null;
        if (lease.Sessions.TryGetValue(sessionKey, out SessionIndexEntry? current))
        {
            archives = current.ArchiveNames;
            string name = SessionFileNames.Archive(current.SessionId, now);
            string candidate = Path.Combine(options.Directory, name);
            if (await transcripts.ArchiveAsync(options.TranscriptPath(current.SessionId), candidate, cancellationToken).ConfigureAwait(false))
            {
                archivedPath = Path.GetFullPath(candidate);
                archives = [.. archives, name];
            }
        }

        SessionIndexEntry fresh = SessionIndexEntry.Fresh(now) with { Archives = archives };
        lease.Sessions[sessionKey] = fresh;
        await lease.SaveAsync().ConfigureAwait(false);
        return (fresh.SessionId, archivedPath);
    }

    /// <summary>Whether the key existed, and how many transcripts and archives were removed.</summary>
    public async Task<(bool Deleted, int RemovedFiles)> DeleteAsync(string sessionKey, CancellationToken cancellationToken)
    {
        using SessionIndexLease lease = await index.OpenAsync(cancellationToken).ConfigureAwait(false);
        var files = new HashSet<string>(StringComparer.Ordinal);
        bool known = lease.Sessions.TryGetValue(sessionKey, out SessionIndexEntry? entry);
        if (entry is not null)
        {
            files.Add(options.TranscriptPath(entry.SessionId));
            files.UnionWith(entry.ArchiveNames.Select(name => Path.Combine(options.Directory, name)));
        }

        // Transcripts of this key the index does not list (an index rebuilt after a crash, a hand-edited one).
        files.UnionWith(SessionDirectoryScan.Files(options.Directory).Where(f => f.Header?.SessionKey == sessionKey).Select(f => f.Path));
        int removed = 0;
        foreach (string file in files)
        {
            removed += await transcripts.DeleteAsync(file, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        if (known)
        {
            lease.Sessions.Remove(sessionKey);
            await lease.SaveAsync().ConfigureAwait(false);
        }

        return (known || removed > 0, removed);
    }
}

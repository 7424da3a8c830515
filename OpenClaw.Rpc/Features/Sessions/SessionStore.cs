namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// The durable conversation of each session key, for the agent runtime: the history window a run is fed and
/// the turn it appends. Safe across processes sharing one state dir (advisory locks, nothing cached).
/// </summary>
internal sealed class SessionStore(SessionOptions options, SessionIndex index, TranscriptFile transcripts, SessionKeyLocks locks, TimeProvider time)
{
    /// <summary>Serializes runs on one key inside this process (hold it from reading history to appending the turn).</summary>
    public Task<IAsyncDisposable> LockSessionAsync(string sessionKey, CancellationToken ct) => locks.AcquireAsync(sessionKey, ct);

    /// <summary>
    /// The newest whole turns (tool calls and results included) within <see cref="SessionOptions.MaxHistoryMessages"/> and
    /// <see cref="SessionOptions.MaxHistoryChars"/>, oldest first (see <see cref="SessionHistoryWindow"/>); empty when the session does not exist.
    /// </summary>
    public async Task<IReadOnlyList<TranscriptMessage>> ReadWindowAsync(string sessionKey, CancellationToken ct)
    {
        (_, IReadOnlyList<TranscriptMessage> messages) = await ReadAllAsync(sessionKey, ct).ConfigureAwait(false);
        return SessionHistoryWindow.Select(messages, options.MaxHistoryMessages, options.MaxHistoryChars);
    }

    /// <summary>The current session id of the key (null when unknown) and every message of its transcript.</summary>
    public async Task<(string? SessionId, IReadOnlyList<TranscriptMessage> Messages)> ReadAllAsync(string sessionKey, CancellationToken ct)
    {
        if (!index.Exists)
        {
            return (null, []);
        }

        // No lock: a read must answer even when the state dir is read-only or a run holds the index lock.
        if (!(await index.ReadAsync().ConfigureAwait(false)).TryGetValue(sessionKey, out SessionIndexEntry? entry))
        {
            return (null, []);
        }

        string sessionId = entry.SessionId;
        ParsedTranscript parsed = await transcripts.ReadAsync(options.TranscriptPath(sessionId), ct).ConfigureAwait(false);
        return (sessionId, parsed.Messages);
    }

    /// <summary>Appends a turn without tool calls: the user message and the answer (see the overload taking a whole turn).</summary>
    public Task<string> AppendTurnAsync(string sessionKey, TranscriptMessage user, TranscriptMessage assistant, CancellationToken ct) =>
        AppendTurnAsync(sessionKey, [user, assistant], ct);

    /// <summary>
    /// Appends every message of one turn (the user message, each assistant message with its tool calls followed by their
    /// results, the final answer) in one durable write, then updates the index; returns the session id. When the index
    /// cannot be saved (a full disk) the append is undone before the error is thrown: a failed run stores nothing.
    /// </summary>
    public async Task<string> AppendTurnAsync(string sessionKey, IReadOnlyList<TranscriptMessage> messages, CancellationToken ct)
    {
        TranscriptTurnCheck.Require(messages);
        TranscriptMessage user = messages[0];
        TranscriptMessage answer = messages[^1];
        using SessionIndexLease lease = await index.OpenAsync(ct).ConfigureAwait(false);
        DateTimeOffset now = time.GetUtcNow();
        SessionIndexEntry entry = lease.Sessions.TryGetValue(sessionKey, out SessionIndexEntry? found) ? found : SessionIndexEntry.Fresh(now);
        TranscriptAppend appended = await transcripts.AppendAsync(options.TranscriptPath(entry.SessionId), TranscriptLine.Header(sessionKey, entry.SessionId, now),
            [.. messages.Select(TranscriptLine.From)], entry.TranscriptBytes, entry.MessageCount, ct).ConfigureAwait(false);
        lease.Sessions[sessionKey] = entry with
        {
            UpdatedAt = SessionTime.Format(now),
            MessageCount = appended.MessageCount,
            TranscriptBytes = appended.LengthAfter,
            LastProvider = answer.Provider ?? entry.LastProvider,
            LastModel = answer.Model ?? entry.LastModel,
            Title = entry.Title ?? SessionTitle.From(user.Text),
        };
        try
        {
            await lease.SaveAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The run will answer -32015 (retryable): take the turn back so that a retry never stores it twice.
            await transcripts.RollBackAsync(options.TranscriptPath(entry.SessionId), appended.LengthBefore).ConfigureAwait(false);
            throw;
        }

        return entry.SessionId;
    }

    /// <summary>
    /// Records "allow always" (<paramref name="allow"/> true) or "reject always" for the namespaced <paramref name="tool"/>
    /// in the session, on disk before it returns; it lasts until the session is reset or deleted (see <see cref="SessionToolDecisions"/>).
    /// </summary>
    public async Task RecordToolDecisionAsync(string sessionKey, string tool, bool allow, CancellationToken cancellationToken)
    {
        SessionToolDecisions.RequireToolName(tool);
        using SessionIndexLease lease = await index.OpenAsync(cancellationToken).ConfigureAwait(false);
        SessionIndexEntry entry = lease.Sessions.TryGetValue(sessionKey, out SessionIndexEntry? found) ? found : SessionIndexEntry.Fresh(time.GetUtcNow());
        lease.Sessions[sessionKey] = entry with { ToolDecisions = SessionToolDecisions.With(entry, tool, allow) };
        await lease.SaveAsync().ConfigureAwait(false);
    }

    /// <summary>The session's "always" answers by namespaced tool (true = allow always, false = reject always); empty for an unknown key.</summary>
    public async Task<IReadOnlyDictionary<string, bool>> ReadToolDecisionsAsync(string sessionKey, CancellationToken cancellationToken) =>
        SessionToolDecisions.Read(await FindAsync(sessionKey, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Records a new session with no messages yet (ACP's <c>session/new</c>), so it is listed at once; a key already
    /// in the index keeps its transcript and only takes the new working directory.
    /// </summary>
    public async Task CreateAsync(string sessionKey, string cwd, CancellationToken ct)
    {
        using SessionIndexLease lease = await index.OpenAsync(ct).ConfigureAwait(false);
        lease.Sessions[sessionKey] = lease.Sessions.TryGetValue(sessionKey, out SessionIndexEntry? found)
            ? found with { Cwd = cwd }
            : SessionIndexEntry.Fresh(time.GetUtcNow()) with { Cwd = cwd };
        await lease.SaveAsync().ConfigureAwait(false);
    }

    /// <summary>The index entry of <paramref name="sessionKey"/>, or null when it is not in the index (a read: no lock).</summary>
    public async Task<SessionIndexEntry?> FindAsync(string sessionKey, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return index.Exists ? (await index.ReadAsync().ConfigureAwait(false)).GetValueOrDefault(sessionKey) : null;
    }
}

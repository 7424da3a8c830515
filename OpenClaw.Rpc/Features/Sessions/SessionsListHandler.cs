namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Answers <c>sessions.list</c>: the most recently updated sessions first, at most <c>limit</c> (default 100).</summary>
internal sealed class SessionsListHandler(SessionIndex index, SessionCountCheck counts) : ISessionsList
{
    public const int DefaultLimit = 100;

    public async Task<SessionsListResult> InvokeAsync(SessionsListParams? parameters = null, CancellationToken cancellationToken = default)
    {
        parameters ??= new SessionsListParams();
        int limit = SessionsLimit.Require(parameters.Limit, DefaultLimit);
        if (!index.Exists)
        {
            return new SessionsListResult(index.Path, 0, []);
        }

        KeyValuePair<string, SessionIndexEntry>[] entries = [.. await index.ReadAsync().ConfigureAwait(false)];

        var checkedEntries = new List<(string Key, SessionIndexEntry Entry)>(entries.Length);
        foreach ((string key, SessionIndexEntry entry) in entries)
        {
            checkedEntries.Add((key, await counts.CheckAsync(entry, cancellationToken).ConfigureAwait(false)));
        }

        SessionSummary[] sessions = [.. checkedEntries
            .OrderByDescending(s => s.Entry.UpdatedAt, StringComparer.Ordinal)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(limit)
            .Select(s => new SessionSummary(s.Key, s.Entry.SessionId, s.Entry.CreatedAt, s.Entry.UpdatedAt, s.Entry.MessageCount,
                s.Entry.LastProvider, s.Entry.LastModel, s.Entry.ArchiveNames.Count, s.Entry.Title, s.Entry.Cwd))];
        return new SessionsListResult(index.Path, entries.Length, sessions);
    }
}

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Answers <c>sessions.list</c>: the most recently updated sessions first, at most <c>limit</c> (default 100).</summary>
internal sealed class SessionsListHandler(SessionIndex index) : ISessionsList
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

        using SessionIndexLease lease = await index.OpenAsync(cancellationToken).ConfigureAwait(false);
        SessionSummary[] sessions = [.. lease.Sessions
            .OrderByDescending(s => s.Value.UpdatedAt, StringComparer.Ordinal)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(limit)
            .Select(s => new SessionSummary(s.Key, s.Value.SessionId, s.Value.CreatedAt, s.Value.UpdatedAt, s.Value.MessageCount,
                s.Value.LastProvider, s.Value.LastModel, s.Value.ArchiveNames.Count, s.Value.Title, s.Value.Cwd))];
        return new SessionsListResult(index.Path, lease.Sessions.Count, sessions);
    }
}

using OpenClaw.Rpc.Features.Sessions;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>
/// Answers ACP <c>session/list</c>: every durable session newest first (also those made by <c>agent.run</c>, shown in
/// the runtime's working directory), 50 a page; with <c>cwd</c>, only sessions recorded with that directory.
/// </summary>
internal sealed class SessionListHandler(SessionIndex index) : ISessionList
{
    public const int PageSize = 50;

    public async Task<SessionListResult> InvokeAsync(SessionListParams? parameters = null, CancellationToken cancellationToken = default)
    {
        parameters ??= new SessionListParams();
        string? cwd = parameters.Cwd is null ? null : AcpParams.RequireCwd(parameters.Cwd);
        SessionListCursor? after = SessionListCursor.Decode(parameters.Cursor);
        if (!index.Exists)
        {
            return new SessionListResult([], null);
        }

        // A read: the index as it is on disk, no lock (a read-only state dir still lists).
        KeyValuePair<string, SessionIndexEntry>[] matching = [.. (await index.ReadAsync().ConfigureAwait(false))
            .Where(s => cwd is null || string.Equals(s.Value.Cwd, cwd, StringComparison.Ordinal))
            .Where(s => after is null || after.Precedes(s.Value.UpdatedAt, s.Key))
            .OrderByDescending(s => s.Value.UpdatedAt, StringComparer.Ordinal)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(PageSize + 1)];

        string here = Directory.GetCurrentDirectory();
        AcpSessionInfo[] page = [.. matching.Take(PageSize).Select(s => new AcpSessionInfo(s.Key, s.Value.Cwd ?? here, s.Value.Title, s.Value.UpdatedAt))];
        string? next = matching.Length > PageSize ? new SessionListCursor(page[^1].UpdatedAt, page[^1].SessionId).Encode() : null;
        return new SessionListResult(page, next);
    }
}

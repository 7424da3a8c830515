namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Answers <c>sessions.history</c>: the last <c>limit</c> messages (default 50), oldest first; an unknown key has none.</summary>
internal sealed class SessionsHistoryHandler(SessionStore store) : ISessionsHistory
{
    public const int DefaultLimit = 50;

    public async Task<SessionsHistoryResult> InvokeAsync(SessionsHistoryParams? parameters = null, CancellationToken cancellationToken = default)
    {
        parameters ??= new SessionsHistoryParams();
        string key = SessionKey.Require(parameters.SessionKey, "$.sessionKey");
        int limit = SessionsLimit.Require(parameters.Limit, DefaultLimit);
        (string? sessionId, IReadOnlyList<TranscriptMessage> messages) = await store.ReadAllAsync(key, cancellationToken).ConfigureAwait(false);
        return new SessionsHistoryResult(key, sessionId, messages.Count, [.. messages.Skip(Math.Max(0, messages.Count - limit)).Select(HistoryMessage.From)]);
    }
}

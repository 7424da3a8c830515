namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// Answers <c>sessions.delete</c>: removes the transcript, its archives, its lock files and the index entry, then tells
/// the areas that hold something for the session (an ACP session's MCP servers are stopped).
/// </summary>
internal sealed class SessionsDeleteHandler(SessionArchiver archiver, IEnumerable<ISessionDeletionListener> listeners) : ISessionsDelete
{
    public async Task<SessionsDeleteResult> InvokeAsync(SessionKeyParams? parameters = null, CancellationToken cancellationToken = default)
    {
        parameters ??= new SessionKeyParams();
        string key = SessionKey.Require(parameters.SessionKey, "$.sessionKey");
        (bool deleted, int removedFiles) = await archiver.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
        foreach (ISessionDeletionListener listener in listeners)
        {
            await listener.SessionDeletedAsync(key).ConfigureAwait(false);
        }

        return new SessionsDeleteResult(key, deleted, removedFiles);
    }
}

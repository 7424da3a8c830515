namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Answers <c>sessions.delete</c>: removes the transcript, its archives, its lock files and the index entry.</summary>
internal sealed class SessionsDeleteHandler(SessionArchiver archiver) : ISessionsDelete
{
    public async Task<SessionsDeleteResult> InvokeAsync(SessionKeyParams? parameters = null, CancellationToken cancellationToken = default)
    {
        parameters ??= new SessionKeyParams();
        string key = SessionKey.Require(parameters.SessionKey, "$.sessionKey");
        (bool deleted, int removedFiles) = await archiver.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
        return new SessionsDeleteResult(key, deleted, removedFiles);
    }
}

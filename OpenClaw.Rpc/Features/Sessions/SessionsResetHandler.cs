namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Answers <c>sessions.reset</c>: archives the transcript and gives the key a fresh session (an unknown key gets one too).</summary>
internal sealed class SessionsResetHandler(SessionArchiver archiver) : ISessionsReset
{
    public async Task<SessionsResetResult> InvokeAsync(SessionKeyParams? parameters = null, CancellationToken cancellationToken = default)
    {
        parameters ??= new SessionKeyParams();
        string key = SessionKey.Require(parameters.SessionKey, "$.sessionKey");
        (string sessionId, string? archivedPath) = await archiver.ResetAsync(key, cancellationToken).ConfigureAwait(false);
        return new SessionsResetResult(key, sessionId, archivedPath);
    }
}

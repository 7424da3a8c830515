namespace OpenClaw.Rpc.Features.Acp;

/// <summary>Takes <c>session/cancel</c>: the session's running prompts stop and answer <c>cancelled</c>; an unknown or idle session is ignored (a notification has no answer).</summary>
internal sealed class SessionCancelHandler(AcpPromptRuns runs) : ISessionCancel
{
    public Task InvokeAsync(SessionCancelParams? parameters = null)
    {
        if (parameters?.SessionId is { } sessionId)
        {
            runs.Cancel(sessionId);
        }

        return Task.CompletedTask;
    }
}

using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>
/// Answers ACP <c>session/load</c>: every message of the session's current transcript goes out as a
/// <c>user_message_chunk</c> or <c>agent_message_chunk</c>, all before the answer. Any durable session loads, also one
/// made by <c>agent.run</c>; one with no working directory yet takes the editor's.
/// </summary>
internal sealed class SessionLoadHandler(SessionStore sessions, AcpSessionUpdates updates) : ISessionLoad
{
    public async Task<AcpEmptyResult> InvokeAsync(SessionLoadParams? parameters = null, CancellationToken cancellationToken = default)
    {
        parameters ??= new SessionLoadParams();
        string sessionId = AcpParams.RequireSessionId(parameters.SessionId);
        string cwd = AcpParams.RequireCwd(parameters.Cwd);
        AcpParams.RequireNoMcpServers(parameters.McpServers);
        SessionIndexEntry entry = await sessions.FindAsync(sessionId, cancellationToken).ConfigureAwait(false) ?? throw AcpErrors.SessionNotFound(sessionId);
        if (entry.Cwd is null)
        {
            await AdoptAsync(sessionId, cwd, cancellationToken).ConfigureAwait(false);
        }

        (_, IReadOnlyList<TranscriptMessage> messages) = await sessions.ReadAllAsync(sessionId, cancellationToken).ConfigureAwait(false);
        foreach (TranscriptMessage message in messages)
        {
            string kind = message.Role == TranscriptMessage.Assistant ? AcpSessionUpdate.AgentMessageChunk : AcpSessionUpdate.UserMessageChunk;
            await updates.SendAsync(sessionId, kind, message.Text, cancellationToken).ConfigureAwait(false);
        }

        return new AcpEmptyResult();
    }

    private async Task AdoptAsync(string sessionId, string cwd, CancellationToken cancellationToken)
    {
        try
        {
            await sessions.CreateAsync(sessionId, cwd, cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException e) when (e.Code == RpcErrorCodes.StateWriteFailed)
        {
            // Loading is a read: a state dir that cannot be written still replays; the session just stays unfiled by cwd.
        }
    }
}

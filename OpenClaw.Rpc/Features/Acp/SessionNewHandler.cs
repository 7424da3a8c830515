using OpenClaw.Rpc.Features.Sessions;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>
/// Answers ACP <c>session/new</c>: records <c>acp-&lt;uuid&gt;</c> with the editor's working directory in the session
/// index before answering, so native <c>sessions.list</c> shows it at once. Nothing is sent about the session before
/// this answer (some clients hang otherwise).
/// </summary>
internal sealed class SessionNewHandler(SessionStore sessions) : ISessionNew
{
    public async Task<SessionNewResult> InvokeAsync(SessionNewParams? parameters = null, CancellationToken cancellationToken = default)
    {
        parameters ??= new SessionNewParams();
        string cwd = AcpParams.RequireCwd(parameters.Cwd);
        AcpParams.RequireNoMcpServers(parameters.McpServers);
        string sessionKey = $"acp-{Guid.NewGuid():D}";
        await sessions.CreateAsync(sessionKey, cwd, cancellationToken).ConfigureAwait(false);
        return new SessionNewResult(sessionKey);
    }
}

using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Features.Tools.Mcp;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>
/// Answers ACP <c>session/new</c>: records <c>acp-&lt;uuid&gt;</c> with the editor's working directory in the session
/// index before answering, so native <c>sessions.list</c> shows it at once. Nothing is sent about the session before
/// this answer (some clients hang otherwise). The <c>mcpServers</c> it names are this session's tool sources.
/// </summary>
internal sealed class SessionNewHandler(SessionStore sessions, AcpSessionServers servers) : ISessionNew
{
    public async Task<SessionNewResult> InvokeAsync(SessionNewParams? parameters = null, CancellationToken cancellationToken = default)
    {
        parameters ??= new SessionNewParams();
        string cwd = AcpParams.RequireCwd(parameters.Cwd);
        string sessionKey = $"acp-{Guid.NewGuid():D}";
        IReadOnlyList<McpServerOptions> brought = AcpMcpServerParams.Read(parameters.McpServers, sessionKey);
        await sessions.CreateAsync(sessionKey, cwd, cancellationToken).ConfigureAwait(false);
        await servers.SetAsync(sessionKey, brought).ConfigureAwait(false);
        return new SessionNewResult(sessionKey);
    }
}

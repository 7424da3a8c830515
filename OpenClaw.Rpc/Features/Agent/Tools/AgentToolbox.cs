using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tools.Mcp;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Features.Agent.Tools;

/// <summary>
/// The tools a turn may offer: those of the enabled configured MCP servers and of the servers the session brought,
/// less <c>tools.deny</c>. No server, no tools: the turn is a plain chat and no server is started. Servers start on
/// the first turn that needs them and are reused after.
/// </summary>
internal sealed class AgentToolbox(ToolsOptions options, McpServers servers, ToolPolicy policy, SessionStore sessions, RuntimeLog log)
{
    /// <summary>What the turn's tool calls share, or null when the turn offers no tools.</summary>
    public async Task<ToolRunState?> PrepareAsync(AgentTurn turn, CancellationToken cancellationToken)
    {
        List<McpServerOptions> wanted = [.. options.Servers.Where(s => s.Enabled && s.Unavailable is null), .. turn.Tools.SessionServers ?? []];
        if (wanted.Count == 0)
        {
            return null;
        }

        McpToolList listed = await servers.ListToolsAsync(wanted, cancellationToken).ConfigureAwait(false);
        foreach (string problem in listed.Problems)
        {
            log.Warn($"tools: {problem}");
        }

        List<ToolDefinition> offered = [.. listed.Tools.Where(t => policy.IsOffered(t.Name))];
        if (offered.Count == 0)
        {
            return null;
        }

        Dictionary<string, bool> decisions = turn.SessionKey is { } key
            ? new(await sessions.ReadToolDecisionsAsync(key, cancellationToken).ConfigureAwait(false), StringComparer.Ordinal)
            : new(StringComparer.Ordinal);
        return new ToolRunState(offered, decisions, turn.SessionKey, turn.Tools);
    }
}

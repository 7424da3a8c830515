using System.Collections.Concurrent;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Features.Tools.Mcp;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>
/// The MCP servers each ACP session brought (<c>session/new</c> or <c>session/load</c>), used by that session's
/// prompts on top of the configured ones. They are started on the first prompt that needs them and stopped when the
/// session is loaded with other servers, when it is deleted, or when the runtime exits.
/// </summary>
internal sealed class AcpSessionServers(McpServers servers) : ISessionDeletionListener
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<McpServerOptions>> _bySession = new(StringComparer.Ordinal);

    public IReadOnlyList<McpServerOptions> For(string sessionId) => _bySession.GetValueOrDefault(sessionId) ?? [];

    public async Task SetAsync(string sessionId, IReadOnlyList<McpServerOptions> brought)
    {
        IReadOnlyList<McpServerOptions>? before = _bySession.GetValueOrDefault(sessionId);
        if (before is not null && !before.SequenceEqual(brought, McpServerOptionsComparer.Instance))
        {
            await servers.StopScopeAsync(sessionId).ConfigureAwait(false);
        }

        if (brought.Count == 0)
        {
            _bySession.TryRemove(sessionId, out _);
        }
        else
        {
            _bySession[sessionId] = brought;
        }
    }

    public async Task SessionDeletedAsync(string sessionKey)
    {
        if (_bySession.TryRemove(sessionKey, out _))
        {
            await servers.StopScopeAsync(sessionKey).ConfigureAwait(false);
        }
    }

    /// <summary>Two server lists are the same when each server starts the same way.</summary>
    private sealed class McpServerOptionsComparer : IEqualityComparer<McpServerOptions>
    {
        public static readonly McpServerOptionsComparer Instance = new();

        public bool Equals(McpServerOptions? x, McpServerOptions? y) => x is not null && y is not null && x.Name == y.Name && x.Command == y.Command
            && x.Args.SequenceEqual(y.Args) && x.Env.Count == y.Env.Count && x.Env.All(e => y.Env.TryGetValue(e.Key, out string? v) && v == e.Value);

        public int GetHashCode(McpServerOptions obj) => HashCode.Combine(obj.Name, obj.Command);
    }
}

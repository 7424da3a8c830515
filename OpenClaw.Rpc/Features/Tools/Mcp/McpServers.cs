using System.Text.Json;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// The MCP servers of this runtime (the config's and those ACP sessions brought), keyed by (scope, name). Each starts on
/// the first listing that needs it, never at runtime start, and is reused after (see <see cref="McpServerSlot"/> for
/// restarts). Server failures never throw: a listing reports them as problem lines, a call as a failed
/// <see cref="ToolOutput"/> with the reason. Only cancellation throws, after the server was told.
/// </summary>
internal sealed class McpServers(McpServerLauncher launcher, SecretRedactor secrets, TimeProvider time) : IMcpProbe, IChildOwner, IAsyncDisposable
{
    private readonly Dictionary<(string Scope, string Name), McpServerSlot> _slots = [];
    private readonly Lock _lock = new();
    private bool _disposed;

    /// <summary>
    /// The tools of <paramref name="servers"/>, listed concurrently and filtered by each server's <c>toolFilter</c>.
    /// Disabled servers, HTTP servers (not supported yet) and servers that fail are left out, each with a problem line.
    /// </summary>
    public async Task<McpToolList> ListToolsAsync(IReadOnlyList<McpServerOptions> servers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(servers);
        (McpServerOptions Server, McpListedTools Listed)[] listings =
            await Task.WhenAll(servers.Select(server => ListOneAsync(server, cancellationToken))).ConfigureAwait(false);
        var offered = new McpToolList([], []);
        HashSet<string> names = new(StringComparer.Ordinal);
        foreach ((McpServerOptions server, McpListedTools listed) in listings)
        {
            offered = Offer(offered, server, listed, names);
        }

        return offered;
    }

    /// <summary>Calls <paramref name="tool"/> on the server that listed it, within that server's timeout.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/>, after the server was told.</exception>
    public async Task<ToolOutput> CallAsync(ToolDefinition tool, JsonElement arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tool);
        if (arguments.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined or JsonValueKind.Null))
        {
            return Failure(tool, "the arguments must be a JSON object");
        }

        McpServerSlot? slot;
        lock (_lock)
        {
            slot = _disposed ? null : _slots.GetValueOrDefault((tool.Scope ?? string.Empty, tool.Server));
        }

        if (slot is null)
        {
            return Failure(tool, _disposed ? "the runtime is shutting down"
                : "the server is not running: its tools were not listed by this runtime, or the session that brought it was deleted");
        }

        try
        {
            McpClient client = await slot.GetAsync(cancellationToken).ConfigureAwait(false);
            using JsonDocument answer = await client.CallToolAsync(tool.ServerTool, arguments, cancellationToken).ConfigureAwait(false);
            return McpCallResultText.Format(answer.RootElement.GetProperty("result"), secrets);
        }
        catch (McpServerException e)
        {
            return Failure(tool, e.Message);
        }
    }

    /// <summary>Stops every server with this <see cref="McpServerOptions.Scope"/> (an ACP session that was deleted).</summary>
    public async Task StopScopeAsync(string scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        List<McpServerSlot> stopping;
        lock (_lock)
        {
            stopping = [.. _slots.Where(s => s.Key.Scope == scope).Select(s => s.Value)];
            foreach (McpServerSlot slot in stopping)
            {
                _slots.Remove((scope, slot.Options.Name));
            }
        }

        await Task.WhenAll(stopping.Select(slot => slot.DisposeAsync().AsTask())).ConfigureAwait(false);
    }

    /// <summary>
    /// For <c>doctor --deep</c>: starts <paramref name="server"/> on its own (not the shared one), lists its tools and
    /// stops it. Starting and listing are bounded by <paramref name="bound"/>; stopping adds at most about a second.
    /// </summary>
    public async Task<McpToolList> ProbeAsync(McpServerOptions server, TimeSpan bound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (Unusable(server) is { } reason)
        {
            return new McpToolList([], [Problem(server, reason)]);
        }

        using var limit = new CancellationTokenSource(bound, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        McpClient? client = null;
        try
        {
            client = await launcher.StartAsync(server, linked.Token).ConfigureAwait(false);
            return Offer(new McpToolList([], []), server, await client.ListToolsAsync(linked.Token).ConfigureAwait(false), new HashSet<string>(StringComparer.Ordinal));
        }
        catch (McpServerException e)
        {
            return new McpToolList([], [Problem(server, e.Message)]);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new McpToolList([], [Problem(server, $"did not start and list its tools within {McpWait.Describe(bound)}")]);
        }
        finally
        {
            if (client is not null)
            {
                await client.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>At the runtime's exit: every server is stopped as <see cref="DisposeAsync"/> does, waiting at most <paramref name="bound"/>.</summary>
    public async Task StopChildrenAsync(TimeSpan bound) =>
        await DisposeAsync().AsTask().WaitAsync(bound, time).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    /// <summary>Stops every server: stdin closed, at most about a second each (all at once), then the tree killed.</summary>
    public async ValueTask DisposeAsync()
    {
        List<McpServerSlot> stopping;
        lock (_lock)
        {
            _disposed = true;
            stopping = [.. _slots.Values];
            _slots.Clear();
        }

        await Task.WhenAll(stopping.Select(slot => slot.DisposeAsync().AsTask())).ConfigureAwait(false);
    }

    private async Task<(McpServerOptions, McpListedTools)> ListOneAsync(McpServerOptions server, CancellationToken cancellationToken)
    {
        if (Unusable(server) is { } reason)
        {
            return (server, new McpListedTools([], reason));
        }

        try
        {
            McpClient client = await SlotFor(server).GetAsync(cancellationToken).ConfigureAwait(false);
            return (server, await client.ListToolsAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (McpServerException e)
        {
            return (server, new McpListedTools([], e.Message));
        }
    }

    private McpServerSlot SlotFor(McpServerOptions server)
    {
        lock (_lock)
        {
            if (_disposed)
            {
                throw new McpServerException("the runtime is shutting down");
            }

            (string, string) key = (server.Scope ?? string.Empty, server.Name);
            if (_slots.TryGetValue(key, out McpServerSlot? slot) && McpLaunch.Same(slot.Options, server))
            {
                return slot;
            }

            if (slot is not null)
            {
                // The same name now means another command (an ACP session loaded with other servers): the old one goes.
                _ = slot.DisposeAsync().AsTask();
            }

            slot = new McpServerSlot(server, launcher, time);
            _slots[key] = slot;
            return slot;
        }
    }

    private static string? Unusable(McpServerOptions server) =>
        !server.Enabled ? "it is disabled (enabled: false)"
        : server.Url is not null ? "HTTP servers (url) are not supported yet; use a stdio server (command)"
        : server.Command is not { Length: > 0 } ? "it has no command"
        : null;

    private McpToolList Offer(McpToolList offered, McpServerOptions server, McpListedTools listed, HashSet<string> taken)
    {
        List<ToolDefinition> tools = [.. offered.Tools];
        List<string> problems = [.. offered.Problems];
        if (listed.Problem is { } problem)
        {
            problems.Add(Problem(server, problem));
        }

        foreach (McpTool tool in listed.Tools)
        {
            string name = McpToolNames.For(server.Name, tool.Name);
            if (!McpToolFilter.Offers(server, tool.Name, name))
            {
                continue;
            }

            if (taken.Add(name))
            {
                tools.Add(new ToolDefinition(name, server.Name, tool.Name, tool.Description, tool.InputSchema, server.Scope));
            }
            else
            {
                problems.Add(Problem(server, $"its tool \"{tool.Name}\" is left out: the name {name} is already taken"));
            }
        }

        return new McpToolList(tools, problems);
    }

    private string Problem(McpServerOptions server, string reason) => secrets.Redact($"mcp server \"{server.Name}\": {reason}");

    private ToolOutput Failure(ToolDefinition tool, string reason) =>
        new(secrets.Redact($"Tool call failed (MCP server \"{tool.Server}\"): {reason}"), Failed: true);
}

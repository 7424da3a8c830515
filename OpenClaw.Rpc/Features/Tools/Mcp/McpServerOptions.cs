namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// One MCP server (<c>mcp.servers.&lt;name&gt;</c> in the config, or an entry of an ACP <c>session/new</c>'s
/// <c>mcpServers</c>). A stdio server has <see cref="Command"/>; an HTTP one has <see cref="Url"/>.
/// </summary>
internal sealed record McpServerOptions
{
    public const int DefaultTimeoutSeconds = 60;

    /// <summary>The bounds of <see cref="TimeoutSeconds"/> in the config.</summary>
    public const int MinTimeoutSeconds = 1;

    /// <summary>An hour: a tool call that takes longer is hung, not slow.</summary>
    public const int MaxTimeoutSeconds = 3600;

    /// <summary>Why this runtime cannot use an HTTP server (it speaks stdio only for now).</summary>
    public const string NotAvailable = "not available in this runtime";

    /// <summary>The server's name: the prefix of its tools' names (<c>&lt;name&gt;__&lt;tool&gt;</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Null for servers from the config; the ACP session id for servers a session brought.</summary>
    public string? Scope { get; init; }

    public string? Command { get; init; }

    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>The server's own environment entries, added to the scrubbed child environment.</summary>
    public IReadOnlyDictionary<string, string> Env { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public string? Cwd { get; init; }

    public bool Enabled { get; init; } = true;

    /// <summary>Bounds each request to the server (start-up handshake, listing, each tool call).</summary>
    public int TimeoutSeconds { get; init; } = DefaultTimeoutSeconds;

    /// <summary><c>toolFilter.include</c> globs (<c>*</c>) on the raw or namespaced tool name; empty means every tool.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary><c>toolFilter.exclude</c> globs; a match is never offered.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary><see cref="McpTransport.Stdio"/> for a <see cref="Command"/>; an HTTP transport for a <see cref="Url"/>.</summary>
    public McpTransport Transport { get; init; } = McpTransport.Stdio;

    /// <summary>Why this runtime cannot start the server (an HTTP transport), or null when it can.</summary>
    public string? Unavailable => Transport == McpTransport.Stdio ? null : $"{NotAvailable}: transport {McpTransports.Name(Transport)} (stdio servers only for now)";

    /// <summary>Streamable HTTP servers: the endpoint.</summary>
    public string? Url { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

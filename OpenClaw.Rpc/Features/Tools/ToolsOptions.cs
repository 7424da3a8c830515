using OpenClaw.Rpc.Features.Tools.Mcp;

namespace OpenClaw.Rpc.Features.Tools;

/// <summary>When a tool call is asked about (<c>tools.ask</c>).</summary>
internal enum ToolAskMode
{
    /// <summary>Ask for calls that <c>tools.allow</c> does not cover (the default).</summary>
    OnMiss,

    /// <summary>Ask for every call, allow list or not.</summary>
    Always,

    /// <summary>Never ask: calls that <c>tools.allow</c> does not cover are denied.</summary>
    Off,
}

/// <summary>The tool policy and the MCP servers (<c>tools.*</c> and <c>mcp.servers</c> in the config).</summary>
internal sealed record ToolsOptions
{
    public const int DefaultMaxRounds = 8;

    /// <summary>The configured servers, enabled or not, in config order.</summary>
    public IReadOnlyList<McpServerOptions> Servers { get; init; } = [];

    /// <summary><c>tools.allow</c>: globs on namespaced names that run without asking (except under <see cref="ToolAskMode.Always"/>).</summary>
    public IReadOnlyList<string> Allow { get; init; } = [];

    /// <summary><c>tools.deny</c>: globs on namespaced names never offered to the model.</summary>
    public IReadOnlyList<string> Deny { get; init; } = [];

    public ToolAskMode Ask { get; init; } = ToolAskMode.OnMiss;

    /// <summary><c>tools.askFallback</c>: whether a call is allowed when asking is needed but the client cannot be asked.</summary>
    public bool AskFallbackAllows { get; init; }

    /// <summary><c>tools.maxRounds</c> (1..64): model calls per run that may ask for tools.</summary>
    public int MaxRounds { get; init; } = DefaultMaxRounds;
}

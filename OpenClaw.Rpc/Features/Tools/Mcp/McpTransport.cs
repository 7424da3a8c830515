namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>How a server is reached (<c>mcp.servers.&lt;name&gt;.transport</c>); this runtime speaks <see cref="Stdio"/> only for now.</summary>
internal enum McpTransport
{
    /// <summary>A child process spoken to over its stdin and stdout (<c>command</c>).</summary>
    Stdio,

    /// <summary>MCP Streamable HTTP at <c>url</c>.</summary>
    StreamableHttp,

    /// <summary>The older HTTP + server-sent events transport at <c>url</c>.</summary>
    Sse,
}

/// <summary>The config spellings of <see cref="McpTransport"/>.</summary>
internal static class McpTransports
{
    public const string Stdio = "stdio";

    public const string StreamableHttp = "streamable-http";

    public const string Sse = "sse";

    /// <summary>Every accepted spelling, for error messages.</summary>
    public static readonly IReadOnlyList<string> All = [Stdio, StreamableHttp, Sse];

    public static string Name(McpTransport transport) => transport switch
    {
        McpTransport.StreamableHttp => StreamableHttp,
        McpTransport.Sse => Sse,
        _ => Stdio,
    };

    public static McpTransport? Parse(string text) => text switch
    {
        Stdio => McpTransport.Stdio,
        StreamableHttp => McpTransport.StreamableHttp,
        Sse => McpTransport.Sse,
        _ => null,
    };
}

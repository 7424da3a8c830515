namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// Starts one server, lists its tools and stops it again, within <c>bound</c>: what <c>doctor --deep</c> asks of the MCP
/// client. Optional in DI: without it the deep part of the <c>mcp</c> check says it cannot list tools.
/// </summary>
internal interface IMcpProbe
{
    /// <summary>The server's tools (after its <c>toolFilter</c>) and what went wrong, in words; never throws for a server that misbehaves.</summary>
    Task<McpToolList> ProbeAsync(McpServerOptions server, TimeSpan bound, CancellationToken cancellationToken);
}

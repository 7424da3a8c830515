namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// The tools offered by a set of servers, and one line per server (or tool) that was left out and why: disabled, not
/// supported, failed to start, down after repeated deaths, too many tools, a name that clashes.
/// </summary>
internal sealed record McpToolList(IReadOnlyList<ToolDefinition> Tools, IReadOnlyList<string> Problems);

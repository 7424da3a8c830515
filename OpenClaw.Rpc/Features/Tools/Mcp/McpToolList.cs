namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>What listing a server's tools gave: the tools, and the problems met (empty when all went well).</summary>
internal sealed record McpToolList(IReadOnlyList<ToolDefinition> Tools, IReadOnlyList<string> Problems);

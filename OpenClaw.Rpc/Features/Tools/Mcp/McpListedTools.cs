namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>What one server listed, and why part of it was left out (more pages or tools than the bounds allow).</summary>
internal sealed record McpListedTools(IReadOnlyList<McpTool> Tools, string? Problem);

using System.Text.Json;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>A tool as its server lists it: the server's own name, its description and its input schema (a detached copy).</summary>
internal sealed record McpTool(string Name, string? Description, JsonElement InputSchema);

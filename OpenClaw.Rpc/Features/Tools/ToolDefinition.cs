using System.Text.Json;

namespace OpenClaw.Rpc.Features.Tools;

/// <summary>
/// A tool the model may be offered: <paramref name="Name"/> is the namespaced <c>&lt;server&gt;__&lt;tool&gt;</c> name the
/// model and the policy see, <paramref name="ServerTool"/> the server's own name for it, and <paramref name="Scope"/>
/// the server's <see cref="Mcp.McpServerOptions.Scope"/> (null for servers from the config), so that a call reaches
/// the server that listed it even when an ACP session brought a server of the same name.
/// </summary>
internal sealed record ToolDefinition(string Name, string Server, string ServerTool, string? Description, JsonElement InputSchema, string? Scope = null);

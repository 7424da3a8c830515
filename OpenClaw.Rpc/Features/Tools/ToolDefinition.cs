using System.Text.Json;

namespace OpenClaw.Rpc.Features.Tools;

/// <summary>
/// A tool the model may be offered: <paramref name="Name"/> is the namespaced <c>&lt;server&gt;__&lt;tool&gt;</c> name the
/// model and the policy see, <paramref name="ServerTool"/> the server's own name for it.
/// </summary>
internal sealed record ToolDefinition(string Name, string Server, string ServerTool, string? Description, JsonElement InputSchema);

using System.Text.Json;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>Reads one entry of a <c>tools/list</c> answer into a <see cref="McpTool"/> that outlives the answer.</summary>
internal static class McpToolParser
{
    // Providers require an object schema for a tool's parameters; a tool that declares none takes no arguments.
    private static readonly JsonElement NoArguments = JsonDocument.Parse("""{"type":"object","properties":{}}""").RootElement.Clone();

    /// <summary>The tool, or null when the entry has no usable name.</summary>
    public static McpTool? Parse(JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("name", out JsonElement name) || name.ValueKind != JsonValueKind.String
            || name.GetString() is not { Length: > 0 } toolName)
        {
            return null;
        }

        string? description = entry.TryGetProperty("description", out JsonElement d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        JsonElement schema = entry.TryGetProperty("inputSchema", out JsonElement s) && s.ValueKind == JsonValueKind.Object ? s.Clone() : NoArguments;
        return new McpTool(toolName, description, schema);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent.Tools;

/// <summary>
/// Config for tool runs: the agent's fake providers (<see cref="AgentConfig"/>) plus the real
/// <c>@modelcontextprotocol/server-everything</c> as the stdio MCP server <c>everything</c>, and a tool policy.
/// </summary>
internal static class ToolConfig
{
    public const string Package = "@modelcontextprotocol/server-everything";

    /// <summary>The server's entry script; the test is ignored, saying why, when node or the package is missing.</summary>
    public static string EverythingScript() => Path.Combine(NodeModules.Require(Package), Package, "dist", "index.js");

    /// <summary><c>mcp.servers.everything</c> as a JSON object.</summary>
    public static JsonObject Everything() => new()
    {
        ["command"] = "node",
        ["args"] = new JsonArray(EverythingScript(), "stdio"),
    };

    /// <summary>The agent config with <paramref name="servers"/> and a <c>tools</c> section.</summary>
    public static string For(FakeLlmServer server, JsonObject? servers = null, string tools = "{\"allow\":[\"everything__*\"]}", string primary = "a/m1",
        string selfHealing = "{\"backoffMs\":0}")
    {
        var mcp = new JsonObject { ["servers"] = servers ?? new JsonObject { ["everything"] = Everything() } };
        return AgentConfig.For(server, primary, selfHealing: selfHealing, extra: $"\"mcp\":{mcp.ToJsonString()},\"tools\":{tools}");
    }

    /// <summary>The <c>messages</c> a provider was sent, as JSON.</summary>
    public static JsonElement Messages(LlmRequest request) => request.Json.GetProperty("messages");

    /// <summary>"id:tool:outcome" for each entry of a result's <c>toolCalls</c>.</summary>
    public static string[] Calls(JsonElement result) =>
        [.. result.GetProperty("toolCalls").EnumerateArray()
            .Select(c => $"{c.GetProperty("id").GetString()}:{c.GetProperty("tool").GetString()}:{c.GetProperty("outcome").GetString()}")];

    /// <summary>The tool result the provider was sent for <paramref name="callId"/> (OpenAI shape).</summary>
    public static string OpenAiToolResult(LlmRequest request, string callId) => Messages(request).EnumerateArray()
        .Single(m => m.GetProperty("role").GetString() == "tool" && m.GetProperty("tool_call_id").GetString() == callId)
        .GetProperty("content").GetString()!;
}

using System.Text.Json;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>The checks ACP params share: an absolute working directory, a known session id, no MCP servers yet.</summary>
internal static class AcpParams
{
    public static string RequireCwd(string? cwd, string path = "$.cwd") =>
        cwd is { Length: > 0 } given && given.IndexOf('\0', StringComparison.Ordinal) < 0 && Path.IsPathFullyQualified(given)
            ? given
            : throw RpcException.InvalidParams(path, "cwd must be an absolute path");

    public static string RequireSessionId(string? sessionId) => SessionKey.Require(sessionId, "$.sessionId");

    /// <summary>Agent tools (MCP) are not served yet: a session that names servers would silently lack them, so it is refused.</summary>
    public static void RequireNoMcpServers(IReadOnlyList<JsonElement>? servers)
    {
        if (servers is { Count: > 0 })
        {
            throw RpcException.InvalidParams("$.mcpServers", "mcpServers must be empty: this runtime does not run MCP servers for ACP sessions yet");
        }
    }
}

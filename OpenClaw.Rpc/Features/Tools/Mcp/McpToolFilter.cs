namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// A server's <c>toolFilter</c>: a tool is offered when <c>include</c> is empty or one of its globs matches, and no
/// <c>exclude</c> glob does. A glob matches the server's own tool name, the raw <c>&lt;server&gt;__&lt;tool&gt;</c> or the
/// name the model sees; <c>*</c> stands for any run of characters, every other character for itself (case-sensitive).
/// </summary>
internal static class McpToolFilter
{
    public static bool Offers(McpServerOptions server, string tool, string name)
    {
        ArgumentNullException.ThrowIfNull(server);
        string raw = McpToolNames.Raw(server.Name, tool);
        return (server.Include.Count == 0 || AnyMatches(server.Include, tool, raw, name)) && !AnyMatches(server.Exclude, tool, raw, name);
    }

    private static bool AnyMatches(IReadOnlyList<string> globs, string tool, string raw, string name) =>
        globs.Any(glob => ToolGlobs.Matches(glob, tool) || ToolGlobs.Matches(glob, raw) || ToolGlobs.Matches(glob, name));
}

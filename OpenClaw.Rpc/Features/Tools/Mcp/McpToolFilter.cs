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

    /// <summary>Whether <paramref name="glob"/> matches the whole of <paramref name="text"/>.</summary>
    public static bool GlobMatches(string glob, string text)
    {
        // Greedy match with one backtrack point (the last '*'): linear enough for names, no regex, no recursion.
        int g = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (g < glob.Length && glob[g] == '*')
            {
                star = g++;
                resume = t;
            }
            else if (g < glob.Length && glob[g] == text[t])
            {
                g++;
                t++;
            }
            else if (star >= 0)
            {
                g = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (g < glob.Length && glob[g] == '*')
        {
            g++;
        }

        return g == glob.Length;
    }

    private static bool AnyMatches(IReadOnlyList<string> globs, string tool, string raw, string name) =>
        globs.Any(glob => GlobMatches(glob, tool) || GlobMatches(glob, raw) || GlobMatches(glob, name));
}

using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Tools;

/// <summary>
/// Globs on tool names (<c>tools.allow</c>, <c>tools.deny</c>, <c>toolFilter.*</c>): <c>*</c> matches any run of
/// characters, anything else matches itself, case-sensitively.
/// </summary>
internal static class ToolGlobs
{
    /// <summary>A list of globs at <paramref name="key"/>, empty when absent; an empty glob names its item.</summary>
    public static IReadOnlyList<string> Read(ConfigDocument config, ConfigKey key)
    {
        IReadOnlyList<string> globs = config.GetStringList(key.Key) ?? [];
        for (int i = 0; i < globs.Count; i++)
        {
            if (globs[i].Trim().Length == 0)
            {
                throw new ConfigException($"{key.Key}[{i}]", "must not be empty (write \"*\" for every tool)");
            }
        }

        return [.. globs.Select(g => g.Trim())];
    }

    /// <summary>Whether <paramref name="glob"/> matches all of <paramref name="name"/>.</summary>
    public static bool Matches(string glob, string name)
    {
        ArgumentNullException.ThrowIfNull(glob);
        ArgumentNullException.ThrowIfNull(name);
        // Greedy with backtracking to the last star: linear in practice, no regex to build per glob.
        int g = 0, n = 0, star = -1, resume = 0;
        while (n < name.Length)
        {
            if (g < glob.Length && glob[g] == '*')
            {
                star = g++;
                resume = n;
            }
            else if (g < glob.Length && glob[g] == name[n])
            {
                g++;
                n++;
            }
            else if (star >= 0)
            {
                g = star + 1;
                n = ++resume;
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

    public static bool MatchesAny(IEnumerable<string> globs, string name) => globs.Any(g => Matches(g, name));

    /// <summary>
    /// Whether <paramref name="glob"/> matches every tool of <paramref name="server"/>, whatever its tools are called:
    /// it ends with a star that can take any tool name after <c>&lt;server&gt;__</c>, and the rest matches that prefix.
    /// </summary>
    public static bool CoversServer(string glob, string server) => glob.EndsWith('*') && Matches(glob, server + "__");

    /// <summary>Whether <paramref name="glob"/> matches every name at all (only stars).</summary>
    public static bool CoversEverything(string glob) => glob.Length > 0 && glob.All(c => c == '*');
}

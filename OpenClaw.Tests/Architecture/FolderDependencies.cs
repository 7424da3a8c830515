using System.Text.RegularExpressions;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Architecture;

/// <summary>
/// Which top folders of OpenClaw.Rpc each folder uses, read from its <c>using</c> lines and namespace-qualified names.
/// Each area under Features/ counts as a folder of its own.
/// </summary>
internal sealed partial class FolderDependencies
{
    private FolderDependencies(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> edges) => Edges = edges;

    /// <summary>Folder → used folder → one file that shows it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Edges { get; }

    public static FolderDependencies Read()
    {
        string root = SourceTree.PathOf("OpenClaw.Rpc");
        string[] tops = [.. Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>().Where(d => d is not ("bin" or "obj" or "Features"))];
        var qualified = new Regex($@"(?<![\w.])(?:OpenClaw\.Rpc\.)?({string.Join('|', tops)})\.[A-Z]\w*");
        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            string from = FolderOf(relative);
            foreach (string line in File.ReadLines(file))
            {
                Match used = UsingLine().Match(line);
                IEnumerable<string> targets = used.Success
                    ? [FolderOfNamespace(used.Groups[1].Value)]
                    : qualified.Matches(line).Select(m => m.Groups[1].Value);
                foreach (string to in targets.Where(t => t.Length > 0 && t != from))
                {
                    if (!edges.TryGetValue(from, out Dictionary<string, string>? uses))
                    {
                        edges[from] = uses = new Dictionary<string, string>(StringComparer.Ordinal);
                    }

                    uses.TryAdd(to, relative);
                }
            }
        }

        return new FolderDependencies(edges.ToDictionary(e => e.Key, e => (IReadOnlyDictionary<string, string>)e.Value, StringComparer.Ordinal));
    }

    /// <summary>Groups of folders that depend on each other in a circle (strongly connected, more than one folder).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();
        foreach (string node in Edges.Keys.Concat(Edges.Values.SelectMany(v => v.Keys)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Connect(node);
            }
        }

        return cycles;

        void Connect(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (string next in Edges.GetValueOrDefault(node)?.Keys ?? [])
            {
                if (!index.TryGetValue(next, out int seen))
                {
                    Connect(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }
    }

    private static string FolderOf(string relative)
    {
        string[] parts = relative.Split('/');
        return parts.Length switch
        {
            1 => "(root)",
            > 2 when parts[0] == "Features" => $"Features/{parts[1]}",
            _ => parts[0],
        };
    }

    private static string FolderOfNamespace(string name)
    {
        string[] parts = name.Split('.');
        return parts switch
        {
            ["OpenClaw", "Rpc"] => "(root)",
            ["OpenClaw", "Rpc", "Features", string area, ..] => $"Features/{area}",
            ["OpenClaw", "Rpc", string top, ..] => top,
            _ => string.Empty,
        };
    }

    [GeneratedRegex(@"^\s*using\s+(?:static\s+)?(OpenClaw\.Rpc(?:\.\w+)*)\s*;")]
    private static partial Regex UsingLine();
}

namespace OpenClaw.Rpc.Cli;

/// <summary>
/// The known names closest to a mistyped one: the ones it is a unique prefix of or the last dotted part of
/// (<c>comp</c>, <c>convert</c>), else those within an edit distance that grows with the length (one edit for
/// short words, so <c>cal</c> finds <c>call</c> but <c>frobnicate</c> finds nothing).
/// </summary>
internal static class DidYouMean
{
    private const int MaxSuggestions = 3;

    public static IReadOnlyList<string> Closest(string typed, IEnumerable<string> known)
    {
        string[] candidates = [.. known.Distinct(StringComparer.Ordinal)];
        string[] named = [.. candidates.Where(c => c.StartsWith(typed, StringComparison.OrdinalIgnoreCase)
            || c.EndsWith("." + typed, StringComparison.OrdinalIgnoreCase))];
        if (typed.Length >= 2 && named.Length is > 0 and <= MaxSuggestions)
        {
            return named;
        }

        int allowed = Math.Max(1, (typed.Length + 1) / 4);
        var near = candidates.Select(c => (Name: c, Distance: Distance(typed.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= allowed)
            .ToList();
        if (near.Count == 0)
        {
            return [];
        }

        int best = near.Min(c => c.Distance);
        return [.. near.Where(c => c.Distance == best).Select(c => c.Name).Order(StringComparer.Ordinal).Take(MaxSuggestions)];
    }

    /// <summary><c>"; did you mean 'a' or 'b'?"</c>, or nothing when no name is close.</summary>
    public static string Hint(string typed, IEnumerable<string> known)
    {
        IReadOnlyList<string> closest = Closest(typed, known);
        return closest.Count == 0 ? string.Empty : $"; did you mean {string.Join(" or ", closest.Select(c => $"'{c}'"))}?";
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

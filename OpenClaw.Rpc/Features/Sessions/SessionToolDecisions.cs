namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// The "allow always" / "reject always" answers of one session as its index entry holds them: at most
/// <see cref="MaxTools"/> tools, the oldest answer dropped first, a new answer for a tool replacing its old one.
/// They live in the index rather than the transcript because the index is read at the start of every run anyway, is
/// replaced whole (a crash leaves the old answers or the new ones), and goes with the session: a reset's fresh entry
/// starts without them and a delete removes the entry.
/// </summary>
internal static class SessionToolDecisions
{
    public const int MaxTools = 256;
    public const int MaxToolNameLength = 512;

    /// <summary>The answers as a lookup by tool; entries a hand edit broke are left out.</summary>
    public static IReadOnlyDictionary<string, bool> Read(SessionIndexEntry? entry)
    {
        var decisions = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (SessionToolDecision? decision in entry?.ToolDecisions ?? [])
        {
            if (decision is { Tool: { Length: > 0 } tool })
            {
                decisions[tool] = decision.Allow;
            }
        }

        return decisions;
    }

    /// <summary>The answers with <paramref name="tool"/>'s new one last, within <see cref="MaxTools"/>.</summary>
    public static IReadOnlyList<SessionToolDecision?> With(SessionIndexEntry entry, string tool, bool allow)
    {
        List<SessionToolDecision?> kept = [.. (entry.ToolDecisions ?? []).Where(d => d is { Tool.Length: > 0 } && d.Tool != tool)];
        kept.Add(new SessionToolDecision(tool, allow));
        return kept.Count > MaxTools ? kept.GetRange(kept.Count - MaxTools, MaxTools) : kept;
    }

    /// <summary>Refuses a tool name no tool source produces (empty, control characters, absurdly long).</summary>
    public static void RequireToolName(string tool)
    {
        if (string.IsNullOrWhiteSpace(tool) || tool.Length > MaxToolNameLength || tool.Any(char.IsControl))
        {
            throw new ArgumentException($"a tool decision needs a tool name of 1..{MaxToolNameLength} characters without control characters", nameof(tool));
        }
    }
}

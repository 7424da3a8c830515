namespace OpenClaw.Rpc.Features.Tools;

/// <summary>What the policy says of one call before anyone is asked.</summary>
internal enum ToolVerdictKind
{
    Allow,
    Deny,
    Ask,
}

/// <summary>A verdict and, for a denial, the reason the model is told.</summary>
internal sealed record ToolVerdict(ToolVerdictKind Kind, string? Reason = null)
{
    public static readonly ToolVerdict Allowed = new(ToolVerdictKind.Allow);

    public static readonly ToolVerdict AskUser = new(ToolVerdictKind.Ask);
}

/// <summary>
/// The tool policy on namespaced names (<c>&lt;server&gt;__&lt;tool&gt;</c>), in this order: <c>tools.deny</c> is never
/// offered; the session's "always" answers hold; <c>ask: always</c> asks for every call; <c>tools.allow</c> runs
/// unasked; <c>ask: off</c> denies the rest; <c>ask: on-miss</c> asks. Asking a client that cannot be asked follows
/// <c>tools.askFallback</c>.
/// </summary>
internal sealed class ToolPolicy(ToolsOptions options)
{
    public int MaxRounds => options.MaxRounds;

    /// <summary>Whether the model may be offered the tool at all.</summary>
    public bool IsOffered(string name) => !ToolGlobs.MatchesAny(options.Deny, name);

    /// <param name="name">The namespaced tool name.</param>
    /// <param name="sessionDecisions">The session's "allow always" (true) and "reject always" (false) answers by tool.</param>
    /// <param name="canAsk">Whether the client can be asked.</param>
    public ToolVerdict Decide(string name, IReadOnlyDictionary<string, bool> sessionDecisions, bool canAsk)
    {
        ArgumentNullException.ThrowIfNull(sessionDecisions);
        if (!IsOffered(name))
        {
            return new ToolVerdict(ToolVerdictKind.Deny, "the tool is in tools.deny");
        }

        if (sessionDecisions.TryGetValue(name, out bool always))
        {
            return always ? ToolVerdict.Allowed : new ToolVerdict(ToolVerdictKind.Deny, "rejected for this session by the user");
        }

        bool allowed = ToolGlobs.MatchesAny(options.Allow, name);
        bool ask = options.Ask switch
        {
            ToolAskMode.Always => true,
            ToolAskMode.Off => false,
            _ => !allowed,
        };
        if (!ask)
        {
            return allowed ? ToolVerdict.Allowed : new ToolVerdict(ToolVerdictKind.Deny, "not in tools.allow, and tools.ask is off");
        }

        if (canAsk)
        {
            return ToolVerdict.AskUser;
        }

        return options.AskFallbackAllows
            ? ToolVerdict.Allowed
            : new ToolVerdict(ToolVerdictKind.Deny, "it needs approval and this client cannot answer approvals (tools.askFallback is deny)");
    }
}

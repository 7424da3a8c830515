using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Tools.Mcp;

namespace OpenClaw.Rpc.Features.Tools;

/// <summary>
/// The <c>tools.*</c> and <c>mcp.servers.*</c> keys, listed once for <see cref="ToolsOptionsLoader"/>,
/// <see cref="McpServerEntryReader"/> and <see cref="ToolsEffectiveSettings"/>. Both are upstream OpenClaw sections with
/// keys this runtime does not read (<c>tools.profile</c>, <c>tools.exec</c> ...), so they are not owned: doctor never
/// flags a key there as a typo.
/// </summary>
internal static class ToolsConfigKeys
{
    public static readonly ConfigKey Allow = new("tools.allow");

    public static readonly ConfigKey Deny = new("tools.deny");

    public static readonly ConfigKey Ask = new("tools.ask");

    public static readonly ConfigKey AskFallback = new("tools.askFallback");

    public static readonly ConfigKey MaxRounds = new("tools.maxRounds");

    /// <summary>An object of servers by name; <see cref="Server"/> gives the keys of one.</summary>
    public static readonly ConfigKey Servers = new("mcp.servers");

    /// <summary>Every key above; each server's own keys come from <see cref="Server"/>.</summary>
    public static readonly IReadOnlyList<ConfigKey> All = [Allow, Deny, Ask, AskFallback, MaxRounds, Servers];

    /// <summary>The keys of the server entry <c>mcp.servers.&lt;name&gt;</c>.</summary>
    public static McpServerKeys Server(string name) => new($"{Servers.Key}.{name}");
}

using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Tools.Mcp;

namespace OpenClaw.Rpc.Features.Tools;

/// <summary>
/// Reads <c>tools.*</c> and <c>mcp.servers.*</c> in the upstream OpenClaw shape; a bad value throws
/// <see cref="ConfigException"/> naming the key. Only reads the document: no server is started and no path is touched.
/// </summary>
internal static class ToolsOptionsLoader
{
    public const int MaxRoundsLimit = 64;

    public static ToolsOptions Load(RuntimeSettings settings)
    {
        ConfigDocument config = settings.Config;
        return new ToolsOptions
        {
            Servers = Servers(config),
            Allow = ToolGlobs.Read(config, ToolsConfigKeys.Allow),
            Deny = ToolGlobs.Read(config, ToolsConfigKeys.Deny),
            Ask = Ask(config),
            AskFallbackAllows = AskFallbackAllows(config),
            MaxRounds = config.GetInt(ToolsConfigKeys.MaxRounds.Key, 1, MaxRoundsLimit) ?? ToolsOptions.DefaultMaxRounds,
        };
    }

    /// <summary>The config spelling of <paramref name="mode"/>.</summary>
    public static string AskName(ToolAskMode mode) => mode switch
    {
        ToolAskMode.Always => "always",
        ToolAskMode.Off => "off",
        _ => "on-miss",
    };

    private static List<McpServerOptions> Servers(ConfigDocument config)
    {
        var servers = new List<McpServerOptions>();
        if (!config.TryGet(ToolsConfigKeys.Servers.Key, out JsonElement declared))
        {
            return servers;
        }

        if (declared.ValueKind != JsonValueKind.Object)
        {
            throw new ConfigException(ToolsConfigKeys.Servers.Key, "must be an object of servers by name");
        }

        foreach (JsonProperty server in declared.EnumerateObject())
        {
            // JSON5 lets a name appear twice; which entry would win is not something to guess.
            servers.Add(servers.Any(s => s.Name == server.Name)
                ? throw new ConfigException(ToolsConfigKeys.Server(server.Name).Entry, "is declared twice")
                : McpServerEntryReader.Read(config, server.Name));
        }

        return servers;
    }

    private static ToolAskMode Ask(ConfigDocument config) => config.GetString(ToolsConfigKeys.Ask.Key)?.Trim() switch
    {
        null or "on-miss" => ToolAskMode.OnMiss,
        "always" => ToolAskMode.Always,
        "off" => ToolAskMode.Off,
        { } other => throw new ConfigException(ToolsConfigKeys.Ask.Key, $"must be \"always\", \"on-miss\" or \"off\" (got '{other}')"),
    };

    private static bool AskFallbackAllows(ConfigDocument config) => config.GetString(ToolsConfigKeys.AskFallback.Key)?.Trim() switch
    {
        null or "deny" => false,
        "allow" => true,
        { } other => throw new ConfigException(ToolsConfigKeys.AskFallback.Key, $"must be \"deny\" or \"allow\" (got '{other}')"),
    };
}

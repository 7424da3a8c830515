using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Tools.Mcp;

namespace OpenClaw.Rpc.Features.Tools;

/// <summary>
/// The tool policy and each MCP server's command, transport and enabled flag for <c>config.get</c>. A server's
/// <c>env</c>, <c>headers</c> and <c>url</c> are never shown: they are where its credentials live.
/// </summary>
internal sealed class ToolsEffectiveSettings(ToolsOptions options, ConfigDocument config, IEnvironmentReader environment) : IEffectiveSettings
{
    public IEnumerable<EffectiveSetting> Describe()
    {
        yield return SettingValues.List(ToolsConfigKeys.Allow.Key, options.Allow, Source(ToolsConfigKeys.Allow));
        yield return SettingValues.List(ToolsConfigKeys.Deny.Key, options.Deny, Source(ToolsConfigKeys.Deny));
        yield return SettingValues.Text(ToolsConfigKeys.Ask.Key, ToolsOptionsLoader.AskName(options.Ask), Source(ToolsConfigKeys.Ask));
        yield return SettingValues.Text(ToolsConfigKeys.AskFallback.Key, options.AskFallbackAllows ? "allow" : "deny", Source(ToolsConfigKeys.AskFallback));
        yield return SettingValues.Number(ToolsConfigKeys.MaxRounds.Key, options.MaxRounds, Source(ToolsConfigKeys.MaxRounds));
        foreach (McpServerOptions server in options.Servers.Where(s => s.Scope is null))
        {
            McpServerKeys keys = ToolsConfigKeys.Server(server.Name);
            yield return SettingValues.Text(keys.Transport.Key, McpTransports.Name(server.Transport), Source(keys.Transport));
            if (server.Command is not null)
            {
                yield return SettingValues.Text(keys.Command.Key, server.Command, "file");
            }

            yield return SettingValues.Flag(keys.Enabled.Key, server.Enabled, Source(keys.Enabled));
        }
    }

    private string Source(ConfigKey key) => SettingValues.SourceOf(config, environment, key);
}

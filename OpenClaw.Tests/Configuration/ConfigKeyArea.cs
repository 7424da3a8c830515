using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Agent;
using OpenClaw.Rpc.Features.Agent.SelfHealing;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tts;
using OpenClaw.Rpc.Features.Voice;

namespace OpenClaw.Tests.Configuration;

/// <summary>One area's key table with its loader, so the table tests check every area the same way.</summary>
internal sealed record ConfigKeyArea(string Name, IReadOnlyList<ConfigKey> Keys, IReadOnlyList<ConfigSection> Owned,
    Action<RuntimeSettings, IEnvironmentReader> Load)
{
    public static readonly IReadOnlyList<ConfigKeyArea> All =
    [
        // The host's loader is RuntimeSettingsLoader itself, which runs before any area's.
        new("host", HostConfigKeys.All, HostConfigKeys.Owned, (_, _) => { }),
        new("tts", TtsConfigKeys.All, TtsConfigKeys.Owned, (settings, environment) => TtsOptionsLoader.Load(settings, environment)),
        new("voice", VoiceConfigKeys.All, VoiceConfigKeys.Owned, (settings, environment) => VoiceOptionsLoader.Load(settings, environment)),
        new("sessions", SessionsConfigKeys.All, SessionsConfigKeys.Owned, (settings, _) => SessionOptionsLoader.Load(settings)),
        new("selfHealing", SelfHealingConfigKeys.All, SelfHealingConfigKeys.Owned,
            (settings, environment) => SelfHealingPolicyLoader.Load(settings, environment)),

        // openai is a well-known provider, so its entry needs no other key to be read; models.* and agents.* are not owned.
        new("agent", [.. AgentConfigKeys.All, .. AgentConfigKeys.Provider("openai").All], [],
            (settings, environment) => AgentOptionsLoader.Load(settings, environment)),

        // One server entry stands for every mcp.servers.<name>; tools.* and mcp.* are upstream sections, not owned.
        new("tools", [.. ToolsConfigKeys.All, .. ToolsConfigKeys.Server("files").All], [], (settings, _) => ToolsOptionsLoader.Load(settings)),
    ];

    /// <summary>The keys a config file can set: the state dir and the config path come from flags and the environment only.</summary>
    public IEnumerable<ConfigKey> FileKeys => Keys.Where(k => k != HostConfigKeys.StateDir && k != HostConfigKeys.ConfigPath);

    public static ConfigKeyArea Named(string name) => All.Single(a => a.Name == name);

    public override string ToString() => Name;
}

using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.System;

/// <summary>The host's settings for <c>config.get</c>: paths, transport limits, logging.</summary>
internal sealed class HostEffectiveSettings(RuntimeSettings settings) : IEffectiveSettings
{
    public IEnumerable<EffectiveSetting> Describe()
    {
        string Source(ConfigKey key) => SettingValues.Name(settings.Sources.GetValueOrDefault(key.Key));
        yield return SettingValues.Text(HostConfigKeys.StateDir.Key, settings.StateDir, Source(HostConfigKeys.StateDir));
        yield return SettingValues.Text(HostConfigKeys.ConfigPath.Key, settings.ConfigPath, Source(HostConfigKeys.ConfigPath));
        yield return SettingValues.Number(HostConfigKeys.MaxMessageBytes.Key, settings.Host.MaxMessageBytes, Source(HostConfigKeys.MaxMessageBytes));
        yield return SettingValues.Number(HostConfigKeys.MaxInFlight.Key, settings.Host.MaxInFlight, Source(HostConfigKeys.MaxInFlight));
        yield return SettingValues.Text(HostConfigKeys.LogLevel.Key, settings.Host.LogLevel.ToString().ToLowerInvariant(), Source(HostConfigKeys.LogLevel));
        yield return SettingValues.Text(HostConfigKeys.LogFile.Key, settings.Host.LogFile, Source(HostConfigKeys.LogFile));
    }
}

using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.System;

/// <summary>The host's settings for <c>config.get</c>: paths, transport limits, logging.</summary>
internal sealed class HostEffectiveSettings(RuntimeSettings settings) : IEffectiveSettings
{
    public IEnumerable<EffectiveSetting> Describe()
    {
        string Source(string key) => SettingValues.Name(settings.Sources.GetValueOrDefault(key));
        yield return SettingValues.Text("stateDir", settings.StateDir, Source("stateDir"));
        yield return SettingValues.Text("configPath", settings.ConfigPath, Source("configPath"));
        yield return SettingValues.Number("runtime.rpc.maxMessageBytes", settings.Host.MaxMessageBytes, Source("runtime.rpc.maxMessageBytes"));
        yield return SettingValues.Number("runtime.rpc.maxInFlight", settings.Host.MaxInFlight, Source("runtime.rpc.maxInFlight"));
        yield return SettingValues.Text("logging.level", settings.Host.LogLevel.ToString().ToLowerInvariant(), Source("logging.level"));
        yield return SettingValues.Text("logging.file", settings.Host.LogFile, Source("logging.file"));
    }
}

using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>The session history bounds for <c>config.get</c>.</summary>
internal sealed class SessionsEffectiveSettings(SessionOptions options, ConfigDocument config, IEnvironmentReader environment) : IEffectiveSettings
{
    public IEnumerable<EffectiveSetting> Describe()
    {
        yield return SettingValues.Number(SessionsConfigKeys.MaxHistoryMessages.Key, options.MaxHistoryMessages,
            SettingValues.SourceOf(config, environment, SessionsConfigKeys.MaxHistoryMessages));
        yield return SettingValues.Number(SessionsConfigKeys.MaxHistoryChars.Key, options.MaxHistoryChars,
            SettingValues.SourceOf(config, environment, SessionsConfigKeys.MaxHistoryChars));
    }
}

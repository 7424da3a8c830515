using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>The session history bounds for <c>config.get</c>.</summary>
internal sealed class SessionsEffectiveSettings(SessionOptions options, ConfigDocument config, IEnvironmentReader environment) : IEffectiveSettings
{
    public IEnumerable<EffectiveSetting> Describe()
    {
        yield return SettingValues.Number("sessions.maxHistoryMessages", options.MaxHistoryMessages,
            SettingValues.SourceOf(config, environment, "sessions.maxHistoryMessages"));
        yield return SettingValues.Number("sessions.maxHistoryChars", options.MaxHistoryChars,
            SettingValues.SourceOf(config, environment, "sessions.maxHistoryChars"));
    }
}

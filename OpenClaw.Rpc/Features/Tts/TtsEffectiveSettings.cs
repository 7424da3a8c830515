using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>The TTS settings for <c>config.get</c>; keys are redacted, enabled/provider say when prefs decide them.</summary>
internal sealed class TtsEffectiveSettings(TtsOptions options, TtsPrefsStore prefs, ConfigDocument config, IEnvironmentReader environment) : IEffectiveSettings
{
    public IEnumerable<EffectiveSetting> Describe()
    {
        TtsPrefs current = prefs.Read();
        yield return SettingValues.Flag(TtsConfigKeys.Enabled.Key, current.Enabled ?? options.Enabled,
            current.Enabled is null ? Source(TtsConfigKeys.Enabled) : "prefs");
        yield return SettingValues.Text(TtsConfigKeys.Provider.Key, current.Provider ?? options.Provider,
            current.Provider is null ? Source(TtsConfigKeys.Provider) : "prefs");
        yield return SettingValues.List(TtsConfigKeys.Fallbacks.Key, options.Fallbacks ?? options.DefaultOrder, Source(TtsConfigKeys.Fallbacks));
        yield return SettingValues.Number(TtsConfigKeys.MaxTextLength.Key, options.MaxTextLength, Source(TtsConfigKeys.MaxTextLength));
        yield return SettingValues.Number(TtsConfigKeys.TimeoutMs.Key, options.TimeoutMs, Source(TtsConfigKeys.TimeoutMs));
        yield return SettingValues.Text(TtsConfigKeys.KittenTtsBin.Key, options.KittenTts.Bin, EnvFirst(TtsConfigKeys.KittenTtsBin));
        yield return SettingValues.List(TtsConfigKeys.KittenTtsArgs.Key, options.KittenTts.ArgsTemplate, EnvFirst(TtsConfigKeys.KittenTtsArgs));
        yield return SettingValues.Text(TtsConfigKeys.EspeakBin.Key, options.Espeak.Bin, Source(TtsConfigKeys.EspeakBin));
        foreach ((CloudTtsOptions cloud, TtsCloudKeys keys) in new[] { (options.OpenAi, TtsConfigKeys.OpenAi), (options.ElevenLabs, TtsConfigKeys.ElevenLabs) })
        {
            yield return SettingValues.Text(keys.BaseUrl.Key, cloud.BaseUrl, Source(keys.BaseUrl));
            yield return SettingValues.Text(keys.ApiKey.Key, cloud.ApiKey, Source(keys.ApiKey), secret: true);
            yield return SettingValues.Text(keys.Model.Key, cloud.Model, Source(keys.Model));
            yield return SettingValues.Text(keys.Voice.Key, cloud.Voice, Source(keys.Voice));
        }
    }

    private string Source(ConfigKey key) => SettingValues.SourceOf(config, environment, key);

    private string EnvFirst(ConfigKey key) => SettingValues.EnvFirstSourceOf(config, environment, key);
}

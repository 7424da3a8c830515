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
            yield return SettingValues.Text(keys.BaseUrl[0].Key, cloud.BaseUrl, Source(keys.BaseUrl));
            yield return SettingValues.Text(keys.ApiKey[0].Key, cloud.ApiKey, Source(keys.ApiKey), secret: true);
            yield return SettingValues.Text(keys.Model[0].Key, cloud.Model, Source(keys.Model));
            yield return SettingValues.Text(keys.Voice[0].Key, cloud.Voice, Source(keys.Voice));
        }
    }

    /// <summary>"file" when the file sets the setting under any of its names (upstream's included), else as for the first name.</summary>
    private string Source(IReadOnlyList<ConfigKey> sameSetting) =>
        sameSetting.Any(k => config.TryGet(k.Key, out _)) ? "file" : Source(sameSetting[0]);

    private string Source(ConfigKey key) => SettingValues.SourceOf(config, environment, key);

    private string EnvFirst(ConfigKey key) => SettingValues.EnvFirstSourceOf(config, environment, key);
}

using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>The transcription settings for <c>config.get</c>.</summary>
internal sealed class VoiceEffectiveSettings(VoiceOptions options, ConfigDocument config, IEnvironmentReader environment) : IEffectiveSettings
{
    public IEnumerable<EffectiveSetting> Describe()
    {
        yield return SettingValues.List(VoiceConfigKeys.AllowedRoots.Key, options.AllowedRoots, Source(VoiceConfigKeys.AllowedRoots));
        yield return SettingValues.Number(VoiceConfigKeys.MaxAudioBytes.Key, options.MaxAudioBytes, Source(VoiceConfigKeys.MaxAudioBytes));
        yield return SettingValues.Number(VoiceConfigKeys.TimeoutMs.Key, options.TimeoutMs, Source(VoiceConfigKeys.TimeoutMs));
        yield return SettingValues.Text(VoiceConfigKeys.PocketsphinxBin.Key, options.Pocketsphinx.Bin, Source(VoiceConfigKeys.PocketsphinxBin));
        yield return SettingValues.Text(VoiceConfigKeys.PocketsphinxLanguage.Key, options.Pocketsphinx.Language, Source(VoiceConfigKeys.PocketsphinxLanguage));
        yield return SettingValues.Text(VoiceConfigKeys.WhisperBin.Key, options.Whisper.Bin, EnvFirst(VoiceConfigKeys.WhisperBin));
        yield return SettingValues.Text(VoiceConfigKeys.WhisperModel.Key, options.Whisper.Model, EnvFirst(VoiceConfigKeys.WhisperModel));
    }

    private string Source(ConfigKey key) => SettingValues.SourceOf(config, environment, key);

    private string EnvFirst(ConfigKey key) => SettingValues.EnvFirstSourceOf(config, environment, key);
}

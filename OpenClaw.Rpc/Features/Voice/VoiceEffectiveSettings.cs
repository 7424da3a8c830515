using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>The transcription settings for <c>config.get</c>.</summary>
internal sealed class VoiceEffectiveSettings(VoiceOptions options, ConfigDocument config, IEnvironmentReader environment) : IEffectiveSettings
{
    public IEnumerable<EffectiveSetting> Describe()
    {
        yield return SettingValues.List("voice.allowedRoots", options.AllowedRoots, Source("voice.allowedRoots"));
        yield return SettingValues.Number("voice.maxAudioBytes", options.MaxAudioBytes, Source("voice.maxAudioBytes"));
        yield return SettingValues.Number("voice.timeoutMs", options.TimeoutMs, Source("voice.timeoutMs"));
        yield return SettingValues.Text("voice.pocketsphinx.bin", options.Pocketsphinx.Bin, Source("voice.pocketsphinx.bin"));
        yield return SettingValues.Text("voice.pocketsphinx.language", options.Pocketsphinx.Language, Source("voice.pocketsphinx.language"));
        yield return SettingValues.Text("voice.whisper.bin", options.Whisper.Bin,
            SettingValues.EnvFirstSourceOf(config, environment, "voice.whisper.bin", "OPENCLAW_WHISPER_BIN"));
        yield return SettingValues.Text("voice.whisper.model", options.Whisper.Model,
            SettingValues.EnvFirstSourceOf(config, environment, "voice.whisper.model", "OPENCLAW_WHISPER_MODEL"));
    }

    private string Source(string key) => SettingValues.SourceOf(config, environment, key);
}

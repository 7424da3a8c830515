using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>The TTS settings for <c>config.get</c>; keys are redacted, enabled/provider say when prefs decide them.</summary>
internal sealed class TtsEffectiveSettings(TtsOptions options, TtsPrefsStore prefs, ConfigDocument config, IEnvironmentReader environment) : IEffectiveSettings
{
    public IEnumerable<EffectiveSetting> Describe()
    {
        TtsPrefs current = prefs.Read();
        yield return SettingValues.Flag("messages.tts.enabled", current.Enabled ?? options.Enabled,
            current.Enabled is null ? File("messages.tts.enabled") : "prefs");
        yield return SettingValues.Text("messages.tts.provider", current.Provider ?? options.Provider,
            current.Provider is null ? File("messages.tts.provider") : "prefs");
        yield return SettingValues.List("messages.tts.fallbacks", options.Fallbacks ?? options.DefaultOrder, File("messages.tts.fallbacks"));
        yield return SettingValues.Number("messages.tts.maxTextLength", options.MaxTextLength, File("messages.tts.maxTextLength"));
        yield return SettingValues.Number("messages.tts.timeoutMs", options.TimeoutMs, File("messages.tts.timeoutMs"));
        yield return SettingValues.Text("messages.tts.kittentts.bin", options.KittenTts.Bin,
            SettingValues.EnvFirstSourceOf(config, environment, "messages.tts.kittentts.bin", "OPENCLAW_KITTENTTS_BIN"));
        yield return SettingValues.List("messages.tts.kittentts.args", options.KittenTts.ArgsTemplate,
            SettingValues.EnvFirstSourceOf(config, environment, "messages.tts.kittentts.args", "OPENCLAW_KITTENTTS_ARGS"));
        yield return SettingValues.Text("messages.tts.espeak.bin", options.Espeak.Bin, File("messages.tts.espeak.bin"));
        foreach ((string id, CloudTtsOptions cloud, string[] variables) in new[]
        {
            ("openai", options.OpenAi, new[] { "OPENAI_API_KEY" }),
            ("elevenlabs", options.ElevenLabs, new[] { "ELEVENLABS_API_KEY", "XI_API_KEY" }),
        })
        {
            yield return SettingValues.Text($"messages.tts.{id}.baseUrl", cloud.BaseUrl, File($"messages.tts.{id}.baseUrl"));
            yield return SettingValues.Text($"messages.tts.{id}.apiKey", cloud.ApiKey,
                SettingValues.SourceOf(config, environment, $"messages.tts.{id}.apiKey", variables), secret: true);
            yield return SettingValues.Text($"messages.tts.{id}.model", cloud.Model, File($"messages.tts.{id}.model"));
            yield return SettingValues.Text($"messages.tts.{id}.voice", cloud.Voice, File($"messages.tts.{id}.voice"));
        }
    }

    private string File(string key) => SettingValues.SourceOf(config, environment, key);
}

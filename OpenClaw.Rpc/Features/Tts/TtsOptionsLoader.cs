using System.Text.Json;
using OpenClaw.Rpc.Audio;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>Reads <c>messages.tts.*</c> and the TTS environment variables; errors name the key.</summary>
internal static class TtsOptionsLoader
{
    public static TtsOptions Load(RuntimeSettings settings, IEnvironmentReader environment)
    {
        ConfigDocument config = settings.Config;
        string? provider = config.GetString(TtsConfigKeys.Provider.Key)?.Trim().ToLowerInvariant();
        if (provider is { Length: > 0 } && !TtsProviderIds.All.Contains(provider))
        {
            throw new ConfigException(TtsConfigKeys.Provider.Key, $"unknown provider '{provider}'; use {string.Join(", ", TtsProviderIds.All)}");
        }

        IReadOnlyList<string>? fallbacks = StringList(config, TtsConfigKeys.Fallbacks);
        if (fallbacks?.FirstOrDefault(f => !TtsProviderIds.All.Contains(f)) is { } unknown)
        {
            throw new ConfigException(TtsConfigKeys.Fallbacks.Key, $"unknown provider '{unknown}'; use {string.Join(", ", TtsProviderIds.All)}");
        }

        IReadOnlyList<string> kittenFormats = StringList(config, TtsConfigKeys.KittenTtsFormats) ?? [AudioFormat.Wav];
        if (kittenFormats.FirstOrDefault(f => !AudioFormat.All.Contains(f)) is { } badFormat)
        {
            throw new ConfigException(TtsConfigKeys.KittenTtsFormats.Key, $"unknown format '{badFormat}'; use wav, mp3 or opus");
        }

        string? kittenArgsEnv = environment.Read(TtsConfigKeys.KittenTtsArgs);
        bool espeakNamed = provider == TtsProviderIds.Espeak || (fallbacks?.Contains(TtsProviderIds.Espeak) ?? false)
            || config.TryGet(TtsConfigKeys.EspeakSection, out _);
        return new TtsOptions
        {
            Track = settings.Track,
            Enabled = config.GetBool(TtsConfigKeys.Enabled.Key) ?? true,
            Provider = provider is { Length: > 0 } ? provider : null,
            Fallbacks = fallbacks,
            MaxTextLength = config.GetInt(TtsConfigKeys.MaxTextLength.Key, 1, 1_000_000) ?? TtsOptions.DefaultMaxTextLength,
            TimeoutMs = config.GetInt(TtsConfigKeys.TimeoutMs.Key, 100, 300_000) ?? TtsOptions.DefaultTimeoutMs,
            PrefsPath = Path.Combine(settings.StateDir, "settings", "tts.json"),
            AudioDir = Path.Combine(settings.StateDir, "audio"),
            KittenTts = new KittenTtsOptions(
                environment.Read(TtsConfigKeys.KittenTtsBin) ?? config.GetString(TtsConfigKeys.KittenTtsBin.Key),
                kittenArgsEnv is not null ? kittenArgsEnv.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : StringList(config, TtsConfigKeys.KittenTtsArgs) ?? ["--format", "{format}"],
                kittenFormats),
            Espeak = new EspeakOptions(config.GetString(TtsConfigKeys.EspeakBin.Key) ?? "espeak-ng", config.GetString(TtsConfigKeys.EspeakVoice.Key),
                espeakNamed),
            OpenAi = Cloud(config, environment, TtsConfigKeys.OpenAi, "https://api.openai.com/v1", "gpt-4o-mini-tts", "alloy"),
            ElevenLabs = Cloud(config, environment, TtsConfigKeys.ElevenLabs, "https://api.elevenlabs.io", "eleven_multilingual_v2", "EXAVITQu4vr4xnSDxMaL"),
        };
    }

    private static CloudTtsOptions Cloud(ConfigDocument config, IEnvironmentReader environment, TtsCloudKeys keys, string baseUrl, string model,
        string voice)
    {
        string url = config.GetString(keys.BaseUrl.Key) ?? baseUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? parsed) || parsed.Scheme is not ("http" or "https"))
        {
            throw new ConfigException(keys.BaseUrl.Key, "must be an absolute http or https URL");
        }

        string? key = config.GetString(keys.ApiKey.Key) is { Length: > 0 } fromFile ? fromFile : null;
        string source = key is null ? string.Join(" or ", keys.ApiKey.Variables) : keys.ApiKey.Key;
        key ??= environment.Read(keys.ApiKey);
        return new CloudTtsOptions(url.TrimEnd('/'), key, source, config.GetString(keys.Model.Key) ?? model, config.GetString(keys.Voice.Key) ?? voice);
    }

    private static string[]? StringList(ConfigDocument config, ConfigKey key)
    {
        if (!config.TryGet(key.Key, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            throw new ConfigException(key.Key, "must be an array of strings");
        }

        return [.. value.EnumerateArray().Select(v => config.Expand(v.GetString()!))];
    }
}

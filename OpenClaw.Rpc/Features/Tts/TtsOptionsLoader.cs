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
        if (provider is { Length: > 0 })
        {
            provider = TtsProviderIds.Canonical(provider)
                ?? throw new ConfigException(TtsConfigKeys.Provider.Key, $"unknown provider '{provider}'; use {TtsProviderIds.Accepted}");
        }

        IReadOnlyList<string>? fallbacks = StringList(config, TtsConfigKeys.Fallbacks)?.Select(f => TtsProviderIds.Canonical(f.Trim().ToLowerInvariant())
            ?? throw new ConfigException(TtsConfigKeys.Fallbacks.Key, $"unknown provider '{f}'; use {TtsProviderIds.Accepted}")).ToArray();

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
            UpstreamOnly = [.. TtsProviderIds.UpstreamOnly.Where(id => id == provider || (fallbacks?.Contains(id) ?? false))],
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
        (string? configuredUrl, ConfigKey urlKey) = First(config, keys.BaseUrl);
        string url = configuredUrl ?? baseUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? parsed) || parsed.Scheme is not ("http" or "https"))
        {
            throw new ConfigException(urlKey.Key, "must be an absolute http or https URL");
        }

        (string? key, ConfigKey keyKey) = First(config, keys.ApiKey);
        key = key is { Length: > 0 } ? key : null;
        string source = key is null ? string.Join(" or ", keys.ApiKey[0].Variables) : keyKey.Key;
        key ??= environment.Read(keys.ApiKey[0]);
        return new CloudTtsOptions(url.TrimEnd('/'), key, source, First(config, keys.Model).Value ?? model, First(config, keys.Voice).Value ?? voice,
            keys.VoiceSettings is { } settings ? VoiceSettings(config, settings) : null);
    }

    /// <summary>The first of keys that mean the same which the file sets (each must be a string), and that key; else null and the first key.</summary>
    private static (string? Value, ConfigKey Key) First(ConfigDocument config, IReadOnlyList<ConfigKey> keys)
    {
        foreach (ConfigKey key in keys)
        {
            if (config.GetString(key.Key) is { } value)
            {
                return (value, key);
            }
        }

        return (null, keys[0]);
    }

    /// <summary>Upstream's ElevenLabs <c>voiceSettings</c>, checked against the ranges ElevenLabs itself accepts.</summary>
    private static TtsVoiceSettings? VoiceSettings(ConfigDocument config, TtsVoiceSettingsKeys keys)
    {
        foreach (ConfigKey key in keys.Objects)
        {
            if (!config.TryGet(key.Key, out JsonElement value))
            {
                continue;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigException(key.Key, "must be an object ({ stability, similarityBoost, style, useSpeakerBoost, speed })");
            }

            return new TtsVoiceSettings(
                config.GetNumber($"{key.Key}.stability", 0, 1),
                config.GetNumber($"{key.Key}.similarityBoost", 0, 1),
                config.GetNumber($"{key.Key}.style", 0, 1),
                config.GetBool($"{key.Key}.{TtsVoiceSettingsKeys.SpeakerBoost}"),
                config.GetNumber($"{key.Key}.speed", 0.5, 2));
        }

        return null;
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

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
        string? provider = config.GetString("messages.tts.provider")?.Trim().ToLowerInvariant();
        if (provider is { Length: > 0 } && !TtsProviderIds.All.Contains(provider))
        {
            throw new ConfigException("messages.tts.provider", $"unknown provider '{provider}'; use {string.Join(", ", TtsProviderIds.All)}");
        }

        IReadOnlyList<string>? fallbacks = StringList(config, "messages.tts.fallbacks");
        if (fallbacks?.FirstOrDefault(f => !TtsProviderIds.All.Contains(f)) is { } unknown)
        {
            throw new ConfigException("messages.tts.fallbacks", $"unknown provider '{unknown}'; use {string.Join(", ", TtsProviderIds.All)}");
        }

        IReadOnlyList<string> kittenFormats = StringList(config, "messages.tts.kittentts.formats") ?? [AudioFormat.Wav];
        if (kittenFormats.FirstOrDefault(f => !AudioFormat.All.Contains(f)) is { } badFormat)
        {
            throw new ConfigException("messages.tts.kittentts.formats", $"unknown format '{badFormat}'; use wav, mp3 or opus");
        }

        string? kittenArgsEnv = environment.Read("OPENCLAW_KITTENTTS_ARGS");
        bool espeakNamed = provider == TtsProviderIds.Espeak || (fallbacks?.Contains(TtsProviderIds.Espeak) ?? false)
            || config.TryGet("messages.tts.espeak", out _);
        return new TtsOptions
        {
            Track = settings.Track,
            Enabled = config.GetBool("messages.tts.enabled") ?? true,
            Provider = provider is { Length: > 0 } ? provider : null,
            Fallbacks = fallbacks,
            MaxTextLength = config.GetInt("messages.tts.maxTextLength", 1, 1_000_000) ?? TtsOptions.DefaultMaxTextLength,
            TimeoutMs = config.GetInt("messages.tts.timeoutMs", 100, 300_000) ?? TtsOptions.DefaultTimeoutMs,
            PrefsPath = Path.Combine(settings.StateDir, "settings", "tts.json"),
            AudioDir = Path.Combine(settings.StateDir, "audio"),
            KittenTts = new KittenTtsOptions(
                environment.Read("OPENCLAW_KITTENTTS_BIN") ?? config.GetString("messages.tts.kittentts.bin"),
                kittenArgsEnv is not null ? kittenArgsEnv.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : StringList(config, "messages.tts.kittentts.args") ?? ["--format", "{format}"],
                kittenFormats),
            Espeak = new EspeakOptions(config.GetString("messages.tts.espeak.bin") ?? "espeak-ng", config.GetString("messages.tts.espeak.voice"), espeakNamed),
            OpenAi = Cloud(config, environment, "openai", "https://api.openai.com/v1", ["OPENAI_API_KEY"], "gpt-4o-mini-tts", "alloy"),
            ElevenLabs = Cloud(config, environment, "elevenlabs", "https://api.elevenlabs.io", ["ELEVENLABS_API_KEY", "XI_API_KEY"],
                "eleven_multilingual_v2", "EXAVITQu4vr4xnSDxMaL"),
        };
    }

    private static CloudTtsOptions Cloud(ConfigDocument config, IEnvironmentReader environment, string id, string baseUrl, string[] keyVariables,
        string model, string voice)
    {
        string prefix = $"messages.tts.{id}";
        string url = config.GetString($"{prefix}.baseUrl") ?? baseUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? parsed) || parsed.Scheme is not ("http" or "https"))
        {
            throw new ConfigException($"{prefix}.baseUrl", "must be an absolute http or https URL");
        }

        string? key = config.GetString($"{prefix}.apiKey") is { Length: > 0 } fromFile ? fromFile : null;
        string source = key is null ? string.Join(" or ", keyVariables) : $"{prefix}.apiKey";
        key ??= keyVariables.Select(environment.Read).FirstOrDefault(v => v is not null);
        return new CloudTtsOptions(url.TrimEnd('/'), key, source, config.GetString($"{prefix}.model") ?? model,
            config.GetString($"{prefix}.voice") ?? voice);
    }

    private static string[]? StringList(ConfigDocument config, string key)
    {
        if (!config.TryGet(key, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            throw new ConfigException(key, "must be an array of strings");
        }

        return [.. value.EnumerateArray().Select(v => config.Expand(v.GetString()!))];
    }
}

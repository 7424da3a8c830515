using System.Text.Json;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>Reads <c>voice.*</c> and the transcription environment variables; errors name the key.</summary>
internal static class VoiceOptionsLoader
{
    public static VoiceOptions Load(RuntimeSettings settings, IEnvironmentReader environment)
    {
        ConfigDocument config = settings.Config;
        var roots = new List<string> { settings.StateDir, Environment.CurrentDirectory, Path.GetTempPath() };
        if (config.TryGet("voice.allowedRoots", out JsonElement extra))
        {
            if (extra.ValueKind != JsonValueKind.Array || extra.EnumerateArray().Any(r => r.ValueKind != JsonValueKind.String))
            {
                throw new ConfigException("voice.allowedRoots", "must be an array of directory paths");
            }

            roots.AddRange(extra.EnumerateArray().Select(r => config.Expand(r.GetString()!)));
        }

        return new VoiceOptions
        {
            MaxAudioBytes = config.GetInt("voice.maxAudioBytes", 1024, 512 * 1024 * 1024) ?? VoiceOptions.DefaultMaxAudioBytes,
            TimeoutMs = config.GetInt("voice.timeoutMs", 100, 600_000) ?? VoiceOptions.DefaultTimeoutMs,
            AllowedRoots = [.. roots.Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r)))],
            WorkDir = Path.Combine(settings.StateDir, "tmp"),
            Pocketsphinx = new PocketsphinxOptions(
                config.GetString("voice.pocketsphinx.bin") ?? "pocketsphinx_continuous",
                config.GetString("voice.pocketsphinx.hmm"),
                config.GetString("voice.pocketsphinx.lm"),
                config.GetString("voice.pocketsphinx.dict"),
                config.GetString("voice.pocketsphinx.language") ?? "en-us"),
            Whisper = new WhisperOptions(
                environment.Read("OPENCLAW_WHISPER_BIN") ?? config.GetString("voice.whisper.bin"),
                environment.Read("OPENCLAW_WHISPER_MODEL") ?? config.GetString("voice.whisper.model")),
        };
    }
}

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
        if (config.TryGet(VoiceConfigKeys.AllowedRoots.Key, out JsonElement extra))
        {
            if (extra.ValueKind != JsonValueKind.Array || extra.EnumerateArray().Any(r => r.ValueKind != JsonValueKind.String))
            {
                throw new ConfigException(VoiceConfigKeys.AllowedRoots.Key, "must be an array of directory paths");
            }

            roots.AddRange(extra.EnumerateArray().Select(r => config.Expand(r.GetString()!)));
        }

        return new VoiceOptions
        {
            MaxAudioBytes = config.GetInt(VoiceConfigKeys.MaxAudioBytes.Key, 1024, 512 * 1024 * 1024) ?? VoiceOptions.DefaultMaxAudioBytes,
            TimeoutMs = config.GetInt(VoiceConfigKeys.TimeoutMs.Key, 100, 600_000) ?? VoiceOptions.DefaultTimeoutMs,
            AllowedRoots = [.. roots.Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r)))],
            WorkDir = Path.Combine(settings.StateDir, "tmp"),
            Pocketsphinx = new PocketsphinxOptions(
                config.GetString(VoiceConfigKeys.PocketsphinxBin.Key) ?? "pocketsphinx_continuous",
                config.GetString(VoiceConfigKeys.PocketsphinxHmm.Key),
                config.GetString(VoiceConfigKeys.PocketsphinxLm.Key),
                config.GetString(VoiceConfigKeys.PocketsphinxDict.Key),
                config.GetString(VoiceConfigKeys.PocketsphinxLanguage.Key) ?? "en-us"),
            Whisper = new WhisperOptions(
                environment.Read(VoiceConfigKeys.WhisperBin) ?? config.GetString(VoiceConfigKeys.WhisperBin.Key),
                environment.Read(VoiceConfigKeys.WhisperModel) ?? config.GetString(VoiceConfigKeys.WhisperModel.Key)),
        };
    }
}

using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>
/// Every <c>voice.*</c> key and transcription environment variable, listed once: <see cref="VoiceOptionsLoader"/>
/// reads them, <see cref="VoiceEffectiveSettings"/> shows them and doctor flags any other key under <c>voice</c>.
/// </summary>
internal static class VoiceConfigKeys
{
    public static readonly ConfigKey AllowedRoots = new("voice.allowedRoots");

    public static readonly ConfigKey MaxAudioBytes = new("voice.maxAudioBytes");

    public static readonly ConfigKey TimeoutMs = new("voice.timeoutMs");

    public static readonly ConfigKey PocketsphinxBin = new("voice.pocketsphinx.bin");

    public static readonly ConfigKey PocketsphinxHmm = new("voice.pocketsphinx.hmm");

    public static readonly ConfigKey PocketsphinxLm = new("voice.pocketsphinx.lm");

    public static readonly ConfigKey PocketsphinxDict = new("voice.pocketsphinx.dict");

    public static readonly ConfigKey PocketsphinxLanguage = new("voice.pocketsphinx.language");

    public static readonly ConfigKey WhisperBin = new("voice.whisper.bin", "OPENCLAW_WHISPER_BIN");

    public static readonly ConfigKey WhisperModel = new("voice.whisper.model", "OPENCLAW_WHISPER_MODEL");

    /// <summary>Every key above.</summary>
    public static readonly IReadOnlyList<ConfigKey> All =
    [
        AllowedRoots, MaxAudioBytes, TimeoutMs, PocketsphinxBin, PocketsphinxHmm, PocketsphinxLm, PocketsphinxDict, PocketsphinxLanguage,
        WhisperBin, WhisperModel,
    ];

    /// <summary>The section transcription owns: every key above.</summary>
    public static readonly IReadOnlyList<ConfigSection> Owned = [new("voice", All)];
}

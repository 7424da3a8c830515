using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>
/// Every <c>messages.tts.*</c> key and TTS environment variable, listed once: <see cref="TtsOptionsLoader"/> reads
/// them, <see cref="TtsEffectiveSettings"/> shows them and doctor flags any other key under <c>messages.tts</c>.
/// </summary>
internal static class TtsConfigKeys
{
    public const string Section = "messages.tts";

    /// <summary>Naming this object at all, even empty, puts espeak on core's chain; it is a section, not a key.</summary>
    public const string EspeakSection = "messages.tts.espeak";

    public static readonly ConfigKey Enabled = new("messages.tts.enabled");

    public static readonly ConfigKey Provider = new("messages.tts.provider");

    public static readonly ConfigKey Fallbacks = new("messages.tts.fallbacks");

    public static readonly ConfigKey MaxTextLength = new("messages.tts.maxTextLength");

    public static readonly ConfigKey TimeoutMs = new("messages.tts.timeoutMs");

    public static readonly ConfigKey KittenTtsBin = new("messages.tts.kittentts.bin", "OPENCLAW_KITTENTTS_BIN");

    /// <summary>The variable holds the same template split on spaces.</summary>
    public static readonly ConfigKey KittenTtsArgs = new("messages.tts.kittentts.args", "OPENCLAW_KITTENTTS_ARGS");

    public static readonly ConfigKey KittenTtsFormats = new("messages.tts.kittentts.formats");

    public static readonly ConfigKey EspeakBin = new("messages.tts.espeak.bin");

    public static readonly ConfigKey EspeakVoice = new("messages.tts.espeak.voice");

    public static readonly TtsCloudKeys OpenAi = TtsCloudKeys.For(TtsProviderIds.OpenAi, "model", "voice", voiceSettings: false, "OPENAI_API_KEY");

    public static readonly TtsCloudKeys ElevenLabs = TtsCloudKeys.For(TtsProviderIds.ElevenLabs, "modelId", "voiceId", voiceSettings: true,
        "ELEVENLABS_API_KEY", "XI_API_KEY");

    /// <summary>Every key above.</summary>
    public static readonly IReadOnlyList<ConfigKey> All =
    [
        Enabled, Provider, Fallbacks, MaxTextLength, TimeoutMs, KittenTtsBin, KittenTtsArgs, KittenTtsFormats, EspeakBin, EspeakVoice,
        .. OpenAi.All, .. ElevenLabs.All,
    ];

    /// <summary>The section TTS owns: every key above.</summary>
    public static readonly IReadOnlyList<ConfigSection> Owned = [new(Section, All)];
}

using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>
/// Effective TTS settings. Track defaults live here: core keeps offline voice off the default chain unless
/// it is configured; edge puts the offline providers it finds first.
/// </summary>
internal sealed record TtsOptions
{
    public const int DefaultMaxTextLength = 4096;
    public const int DefaultTimeoutMs = 30_000;

    public required RuntimeTrack Track { get; init; }

    /// <summary>Enabled unless the prefs file or <c>messages.tts.enabled</c> says otherwise.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary><c>messages.tts.provider</c>; the prefs file overrides it.</summary>
    public string? Provider { get; init; }

    /// <summary><c>messages.tts.fallbacks</c>: when set, replaces the track's default order after the selected provider.</summary>
    public IReadOnlyList<string>? Fallbacks { get; init; }

    /// <summary>Upstream providers the config names that this runtime does not have; they are skipped as "not available in this runtime".</summary>
    public IReadOnlyList<string> UpstreamOnly { get; init; } = [];

    public int MaxTextLength { get; init; } = DefaultMaxTextLength;

    /// <summary>Bounds each provider attempt, not the whole chain.</summary>
    public int TimeoutMs { get; init; } = DefaultTimeoutMs;

    public required string PrefsPath { get; init; }

    public required string AudioDir { get; init; }

    public required KittenTtsOptions KittenTts { get; init; }

    public required EspeakOptions Espeak { get; init; }

    public required CloudTtsOptions OpenAi { get; init; }

    public required CloudTtsOptions ElevenLabs { get; init; }

    /// <summary>Edge tries the offline providers it finds first; core only those configured.</summary>
    public bool OfflineFirst => Track == RuntimeTrack.Edge;

    /// <summary>The order providers are tried in after the selected one, unless <see cref="Fallbacks"/> is set.</summary>
    public IReadOnlyList<string> DefaultOrder => OfflineFirst
        ? [TtsProviderIds.KittenTts, TtsProviderIds.Espeak, TtsProviderIds.OpenAi, TtsProviderIds.ElevenLabs]
        : [TtsProviderIds.OpenAi, TtsProviderIds.ElevenLabs, TtsProviderIds.KittenTts, TtsProviderIds.Espeak];
}

/// <summary>The KittenTTS command-line binary.</summary>
internal sealed record KittenTtsOptions(string? Bin, IReadOnlyList<string> ArgsTemplate, IReadOnlyList<string> Formats);

/// <summary>espeak-ng; <see cref="Configured"/> is true when the config names it (core needs that to use it).</summary>
internal sealed record EspeakOptions(string Bin, string? Voice, bool Configured);

/// <summary>A cloud provider: base URL, key (never logged), defaults and, for ElevenLabs, the voice settings sent with each request.</summary>
internal sealed record CloudTtsOptions(string BaseUrl, string? ApiKey, string KeySource, string Model, string Voice, TtsVoiceSettings? VoiceSettings = null);

/// <summary>ElevenLabs' voice settings (upstream's <c>voiceSettings</c>); an unset member is left to ElevenLabs' default.</summary>
internal sealed record TtsVoiceSettings(double? Stability, double? SimilarityBoost, double? Style, bool? UseSpeakerBoost, double? Speed);

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>Transcription settings (<c>voice.*</c>): engines, limits and the roots audio may be read from.</summary>
internal sealed record VoiceOptions
{
    public const int DefaultMaxAudioBytes = 25 * 1024 * 1024;
    public const int DefaultTimeoutMs = 60_000;

    public int MaxAudioBytes { get; init; } = DefaultMaxAudioBytes;

    /// <summary>Bounds each engine attempt.</summary>
    public int TimeoutMs { get; init; } = DefaultTimeoutMs;

    /// <summary>Directories audio may be read from: the state dir, the working directory, the temp dir, plus <c>voice.allowedRoots</c>.</summary>
    public required IReadOnlyList<string> AllowedRoots { get; init; }

    /// <summary>Where converted audio is staged while an engine reads it.</summary>
    public required string WorkDir { get; init; }

    public required PocketsphinxOptions Pocketsphinx { get; init; }

    public required WhisperOptions Whisper { get; init; }
}

/// <summary><c>pocketsphinx_continuous</c> with the Debian en-us model unless another is configured.</summary>
internal sealed record PocketsphinxOptions(string Bin, string? Hmm, string? LanguageModel, string? Dictionary, string Language);

/// <summary>A whisper.cpp command-line binary and its model file; configured only when both are set.</summary>
internal sealed record WhisperOptions(string? Bin, string? Model);

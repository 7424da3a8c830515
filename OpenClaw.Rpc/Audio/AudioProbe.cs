namespace OpenClaw.Rpc.Audio;

/// <summary>Measures audio of a declared format from its bytes (never estimated from text length).</summary>
internal static class AudioProbe
{
    /// <summary>The measured facts, or null when the bytes are not of <paramref name="format"/>.</summary>
    public static AudioInfo? Measure(string format, ReadOnlySpan<byte> bytes) => format switch
    {
        AudioFormat.Wav => WavFile.TryParse(bytes) is { } wav ? new AudioInfo(wav.SampleRate, wav.Channels, wav.DurationMs) : null,
        AudioFormat.Mp3 => Mp3Duration.Measure(bytes),
        AudioFormat.Opus => OggOpusDuration.Measure(bytes),
        _ => null,
    };
}

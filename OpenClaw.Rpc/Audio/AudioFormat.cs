namespace OpenClaw.Rpc.Audio;

/// <summary>Audio container formats on the wire: <c>wav</c>, <c>mp3</c>, <c>opus</c> (Ogg Opus).</summary>
internal static class AudioFormat
{
    /// <summary>RIFF/WAVE, 16-bit PCM.</summary>
    public const string Wav = "wav";

    /// <summary>MPEG-1/2 Layer III.</summary>
    public const string Mp3 = "mp3";

    /// <summary>Opus in an Ogg container.</summary>
    public const string Opus = "opus";

    /// <summary>Every format a client may ask for.</summary>
    public static IReadOnlyList<string> All { get; } = [Wav, Mp3, Opus];

    /// <summary>The file extension for a format.</summary>
    public static string Extension(string format) => format == Opus ? ".ogg" : "." + format;
}

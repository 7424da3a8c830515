namespace OpenClaw.Rpc.Audio;

/// <summary>What was measured from audio bytes; null members could not be measured for that format.</summary>
internal sealed record AudioInfo(int? SampleRate, int? Channels, long? DurationMs)
{
    /// <summary>Nothing could be measured.</summary>
    public static AudioInfo Unknown { get; } = new(null, null, null);
}

namespace OpenClaw.Rpc.Audio;

/// <summary>What was measured from audio bytes; null members could not be measured for that format.</summary>
public sealed record AudioInfo(int? SampleRate, int? Channels, long? DurationMs);

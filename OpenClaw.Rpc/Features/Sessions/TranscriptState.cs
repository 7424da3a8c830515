namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// A transcript as an append finds it once a torn tail is cut off: its <see cref="Length"/> in bytes (0 when it
/// needs its header), the <see cref="MessageCount"/> it holds and its header's <see cref="FormatVersion"/> (0 without one).
/// </summary>
internal readonly record struct TranscriptState(long Length, int MessageCount, int FormatVersion)
{
    public static readonly TranscriptState Missing = new(0, 0, 0);

    public bool NeedsHeader => Length == 0;
}

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// A transcript as an append finds it once a torn tail is cut off: its <see cref="Length"/> in bytes (0 when it
/// needs its header) and the <see cref="MessageCount"/> it holds.
/// </summary>
internal readonly record struct TranscriptState(long Length, int MessageCount)
{
    public static readonly TranscriptState Missing = new(0, 0);

    public bool NeedsHeader => Length == 0;
}

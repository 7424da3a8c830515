namespace OpenClaw.Rpc.Dispatch;

/// <summary>When the runtime started, as a <see cref="TimeProvider"/> timestamp.</summary>
internal sealed class ProcessClock(TimeProvider time)
{
    /// <summary>The start timestamp.</summary>
    public long StartTimestamp { get; } = time.GetTimestamp();
}

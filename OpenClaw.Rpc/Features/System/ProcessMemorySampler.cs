namespace OpenClaw.Rpc.Features.System;

/// <summary>
/// Resident memory, sampled at most every 250 ms: reading it costs a /proc read (about 20 µs here), which
/// would otherwise dominate a health request. The managed heap figure is always current (it is nearly free).
/// </summary>
internal sealed class ProcessMemorySampler(TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMilliseconds(250);
    private readonly Lock _lock = new();
    private long _sampledAt = long.MinValue;
    private long _rssBytes;

    public ProcessMemory Read()
    {
        lock (_lock)
        {
            if (_sampledAt == long.MinValue || time.GetElapsedTime(_sampledAt) > MaxAge)
            {
                _rssBytes = Environment.WorkingSet;
                _sampledAt = time.GetTimestamp();
            }

            return new ProcessMemory(_rssBytes, GC.GetTotalMemory(forceFullCollection: false));
        }
    }
}

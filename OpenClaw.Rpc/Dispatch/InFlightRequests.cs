namespace OpenClaw.Rpc.Dispatch;

/// <summary>Requests dispatched and not yet answered; the host bounds it and <c>health</c> reports it.</summary>
internal sealed class InFlightRequests
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Takes a slot unless <paramref name="limit"/> slots are taken.</summary>
    public bool TryEnter(int limit)
    {
        while (true)
        {
            int current = Volatile.Read(ref _count);
            if (current >= limit)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _count, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    /// <summary>Releases a slot; returns the number still in flight.</summary>
    public int Exit() => Interlocked.Decrement(ref _count);
}

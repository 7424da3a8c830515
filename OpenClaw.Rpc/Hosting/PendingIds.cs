namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Ids of requests dispatched and not yet answered. JSON-RPC requires them to be unique while in flight, and a
/// duplicate would otherwise confuse cancellation, so it is refused before dispatch.
/// </summary>
internal sealed class PendingIds
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public bool TryAdd(string key)
    {
        lock (_lock)
        {
            return _ids.Add(key);
        }
    }

    public void Remove(string? key)
    {
        if (key is null)
        {
            return;
        }

        lock (_lock)
        {
            _ids.Remove(key);
        }
    }
}

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Requests dispatched and not yet answered, by id, with their method and start time. JSON-RPC requires ids to
/// be unique while in flight, and a duplicate would otherwise confuse cancellation, so it is refused before dispatch.
/// </summary>
internal sealed class PendingIds
{
    private readonly Dictionary<string, (string Method, long Started)> _ids = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public bool TryAdd(string key, string method, long started)
    {
        lock (_lock)
        {
            return _ids.TryAdd(key, (method, started));
        }
    }

    public (string Method, long Started)? Remove(string? key)
    {
        if (key is null)
        {
            return null;
        }

        lock (_lock)
        {
            return _ids.Remove(key, out (string Method, long Started) entry) ? entry : null;
        }
    }
}

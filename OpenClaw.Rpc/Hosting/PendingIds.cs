namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Requests dispatched and not yet answered, by id, with their method and start time. JSON-RPC requires ids to
/// be unique while in flight, and a duplicate would otherwise confuse cancellation, so it is refused before dispatch.
/// Removing an entry is what entitles an answer to be written, so a request is never answered twice.
/// </summary>
internal sealed class PendingIds
{
    private readonly Dictionary<string, PendingRequest> _ids = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public bool TryAdd(string key, byte[] idJson, string method, long started)
    {
        lock (_lock)
        {
            return _ids.TryAdd(key, new PendingRequest(idJson, method, started));
        }
    }

    public PendingRequest? Remove(string? key)
    {
        if (key is null)
        {
            return null;
        }

        lock (_lock)
        {
            return _ids.Remove(key, out PendingRequest? entry) ? entry : null;
        }
    }

    /// <summary>The requests still waiting for an answer, at this moment.</summary>
    public IReadOnlyList<(string Key, PendingRequest Request)> Snapshot()
    {
        lock (_lock)
        {
            return [.. _ids.Select(pair => (pair.Key, pair.Value))];
        }
    }
}

using OpenClaw.Rpc.Storage;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>The index held under its lock: read it, change <see cref="Sessions"/>, save, dispose to release.</summary>
internal sealed class SessionIndexLease(SessionIndex index, FileLock held, Dictionary<string, SessionIndexEntry> sessions) : IDisposable
{
    private bool _released;

    public Dictionary<string, SessionIndexEntry> Sessions { get; } = sessions;

    public Task SaveAsync() => index.SaveAsync(Sessions);

    public void Dispose()
    {
        if (!_released)
        {
            _released = true;
            held.Dispose();
            index.Release();
        }
    }
}

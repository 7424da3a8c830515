namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// One async gate per session key inside this process, so two runs on one key take turns (history read to turn
/// appended) while other keys run in parallel. A gate lives only while someone holds or waits for it.
/// </summary>
internal sealed class SessionKeyLocks
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable> AcquireAsync(string sessionKey, CancellationToken cancellationToken)
    {
        Gate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(sessionKey, out gate!))
            {
                gate = new Gate();
                _gates.Add(sessionKey, gate);
            }

            gate.Users++;
        }

        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(sessionKey, gate);
            throw;
        }

        return new Held(this, sessionKey, gate);
    }

    private void Leave(string sessionKey, Gate gate)
    {
        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(sessionKey);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Held(SessionKeyLocks owner, string sessionKey, Gate gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Semaphore.Release();
                owner.Leave(sessionKey, gate);
            }

            return ValueTask.CompletedTask;
        }
    }
}

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Stops a running session from outside (a signal, the parent's death, a closed stdout) and keeps the cause, so the
/// -32800 answers to requests cut short can name it. The first cause wins.
/// </summary>
internal sealed class SessionStop : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private string? _reason;
    private int _outputClosed;

    public CancellationToken Token => _source.Token;

    /// <summary>Why the session was stopped, in words an answer can carry.</summary>
    public string Reason => Volatile.Read(ref _reason) ?? "the runtime is stopping";

    /// <summary>The client closed stdout, so nothing can be answered any more.</summary>
    public bool OutputClosed => Volatile.Read(ref _outputClosed) == 1;

    public void Request(string reason)
    {
        Interlocked.CompareExchange(ref _reason, reason, null);
        try
        {
            _source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // A timer or signal that fires after the session ended has nothing left to stop.
        }
    }

    public void RequestAfterOutputClosed(string reason)
    {
        Interlocked.Exchange(ref _outputClosed, 1);
        Request(reason);
    }

    public void Dispose() => _source.Dispose();
}

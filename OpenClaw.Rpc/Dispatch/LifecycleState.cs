namespace OpenClaw.Rpc.Dispatch;

/// <summary>
/// Where the connection is in the LSP-style lifecycle. Requests before <c>initialize</c> are served; after
/// <c>shutdown</c> only <c>exit</c> is accepted, and <c>exit</c> ends the process with 0 only after shutdown.
/// </summary>
internal sealed class LifecycleState
{
    private int _shutdownRequested;
    private int _initialized;
    private int _approvals;

    /// <summary>Raised once when a client names its process id in <c>initialize</c>.</summary>
    public event Action<int>? ClientProcessAnnounced;

    public bool Initialized => Volatile.Read(ref _initialized) == 1;

    public bool ShutdownRequested => Volatile.Read(ref _shutdownRequested) == 1;

    /// <summary>Whether the client declared <c>capabilities.approvals: true</c>: it answers <c>agent.requestApproval</c>.</summary>
    public bool ClientAnswersApprovals => Volatile.Read(ref _approvals) == 1;

    public void MarkClientAnswersApprovals(bool answers) => Interlocked.Exchange(ref _approvals, answers ? 1 : 0);

    public void MarkInitialized(int? clientProcessId)
    {
        Interlocked.Exchange(ref _initialized, 1);
        if (clientProcessId is int pid)
        {
            ClientProcessAnnounced?.Invoke(pid);
        }
    }

    public void MarkShutdownRequested() => Interlocked.Exchange(ref _shutdownRequested, 1);
}

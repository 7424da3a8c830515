namespace OpenClaw.Rpc.Resilience;

/// <summary>What one attempt is given: its token (its timeout and the walk's), the walk's own token, and a way to say
/// that output already reached the client.</summary>
internal sealed class AttemptContext(CancellationToken token, CancellationToken walkToken)
{
    /// <summary>Cancelled by the attempt timeout, the walk's deadline or the caller.</summary>
    public CancellationToken Token => token;

    /// <summary>Cancelled by the walk's deadline or the caller only (for writes to the client that outlive an attempt).</summary>
    public CancellationToken WalkToken => walkToken;

    /// <summary>How much output (characters) this attempt delivered to the client.</summary>
    public int Delivered { get; private set; }

    /// <summary>Output reached the client: from now on a failure stops the chain instead of falling back, so nothing is replayed.</summary>
    public void Deliver(int characters) => Delivered += characters;
}

namespace OpenClaw.Rpc.Resilience;

/// <summary>
/// An attempt gave up because its token was cancelled, and says what that cost (<c>kittentts was killed</c>), so a
/// timeout's reason can tell the user that a child process did not outlive it.
/// </summary>
internal sealed class AttemptCancelledException(string consequence, OperationCanceledException inner)
    : OperationCanceledException(consequence, inner, inner.CancellationToken)
{
    public string Consequence { get; } = consequence;
}

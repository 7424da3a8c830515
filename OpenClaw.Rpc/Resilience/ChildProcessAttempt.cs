using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Resilience;

/// <summary>
/// Runs an offline engine's child process as a chain attempt: its output when it counts, otherwise a
/// <see cref="ProviderFailure"/> saying why. Cancelled (its timeout, the caller), it kills the child's tree and says so.
/// </summary>
internal static class ChildProcessAttempt
{
    public static async Task<ProcessResult> RunAsync(IProcessRunner runner, ProcessSpec spec, CancellationToken cancellationToken)
    {
        ProcessOutcome outcome;
        try
        {
            outcome = await ProcessFailure.RunAsync(runner, spec, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException e)
        {
            throw new AttemptCancelledException($"{Path.GetFileName(spec.FileName)} was killed", e);
        }

        return outcome.Succeeded
            ? outcome.Result
            : throw new ProviderFailure(outcome.TimedOut ? FailureClass.Transient : FailureClass.Permanent, outcome.Failure) { IsTimeout = outcome.TimedOut };
    }
}

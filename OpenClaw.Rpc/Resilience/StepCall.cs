using System.Globalization;

namespace OpenClaw.Rpc.Resilience;

/// <summary>
/// One attempt on one step, run inside the step's pipeline (so once per retry): calls the area's attempt, records the
/// outcome, and turns every way it can end into what the pipeline and the walk understand. A failure after output
/// reached the client becomes <see cref="FailureClass.Interrupted"/>, so nothing replays it.
/// </summary>
internal sealed class StepCall<TTarget, TResult>(
    ChainStep<TTarget> step,
    Func<ChainStep<TTarget>, AttemptContext, ValueTask<TResult>> attempt,
    ChainRun run,
    ChainPolicy policy,
    ChainServices services,
    CancellationToken walkToken)
{
    private const string UnexpectedFailure = "unexpected failure (details in the log)";

    public async ValueTask<TResult> RunAsync(CancellationToken attemptToken)
    {
        TimeSpan delay = run.TakeDelay();
        long start = services.Time.GetTimestamp();
        var context = new AttemptContext(attemptToken, walkToken);
        try
        {
            TResult result = await attempt(step, context).ConfigureAwait(false);
            Record(AttemptOutcome.Success, null);
            return result;
        }
        catch (Exception e) when (context.Delivered > 0 && !walkToken.IsCancellationRequested
            && e is not (ProviderFailure { Kind: FailureClass.Interrupted or FailureClass.ContextTooLong } or OutOfMemoryException))
        {
            // Once output reached the client, any failure stops the chain: another answer would follow the first.
            bool timedOut = e is OperationCanceledException && attemptToken.IsCancellationRequested;
            string reason = string.Create(CultureInfo.InvariantCulture,
                $"{Cause(e, attemptToken)}; the stream was interrupted after {context.Delivered} characters were sent, so it is not replayed");
            Record(timedOut ? AttemptOutcome.Timeout : AttemptOutcome.Failed, reason);
            throw new ProviderFailure(FailureClass.Interrupted, reason) { IsTimeout = timedOut };
        }
        catch (ProviderFailure failure)
        {
            Record(failure.IsTimeout ? AttemptOutcome.Timeout : AttemptOutcome.Failed, failure.Message);
            throw;
        }
        catch (OperationCanceledException e) when (attemptToken.IsCancellationRequested && !walkToken.IsCancellationRequested)
        {
            // The attempt timeout fired; the pipeline turns this into a timeout rejection (transient).
            Record(AttemptOutcome.Timeout, TimedOut(e));
            throw;
        }
        catch (OperationCanceledException) when (walkToken.IsCancellationRequested)
        {
            Record(AttemptOutcome.Cancelled, "the run was cancelled or ran out of time");
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            string reason = Cause(e, attemptToken);
            Record(AttemptOutcome.Failed, reason);
            throw e is OperationCanceledException ? ProviderFailure.Transient(reason, inner: e) : new ProviderFailure(FailureClass.Permanent, reason);
        }

        void Record(string outcome, string? reason) =>
            run.Record(step.Provider, step.Model, outcome, reason, services.Time.GetElapsedTime(start), delay);
    }

    /// <summary>Why an attempt failed, in words; unexpected exceptions go to the log with their details.</summary>
    private string Cause(Exception e, CancellationToken attemptToken)
    {
        switch (e)
        {
            case ProviderFailure failure:
                return failure.Message;
            case OperationCanceledException when attemptToken.IsCancellationRequested:
                return TimedOut(e);
            case OperationCanceledException:
                // Neither the caller nor the attempt timeout: the HTTP stack gave up (a connect timeout, say).
                return "the connection timed out";
            default:
                services.Log.Error($"{step.Provider}: an attempt failed unexpectedly: {e}");
                return UnexpectedFailure;
        }
    }

    private string TimedOut(Exception e) => string.Create(CultureInfo.InvariantCulture,
        $"timed out after {policy.AttemptTimeout.TotalMilliseconds:0} ms{(e is AttemptCancelledException cancelled ? "; " + cancelled.Consequence : string.Empty)}");
}

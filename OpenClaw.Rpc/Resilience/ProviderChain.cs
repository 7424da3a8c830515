using System.Globalization;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace OpenClaw.Rpc.Resilience;

/// <summary>
/// The one walk over a chain of providers that text-to-speech, transcription and agent runs share. A step that cannot
/// run is reported as skipped without spending an attempt or backoff; every other step runs in its provider's pipeline
/// (retries for transient failures, a breaker, the attempt timeout); a permanent failure or exhausted retries move on;
/// a context overflow, an interrupted stream, the caller cancelling or the walk running out of time stop it. Every
/// attempt is recorded and counted, and the outcome names who answered or the last cause. Each area derives its own
/// chain with its policy, so the container holds one per area and its pipelines (and breakers) live as long as the process.
/// </summary>
internal abstract class ProviderChain(ChainPolicy policy, string metricPrefix, ChainServices services)
{
    private readonly ProviderPipelines _pipelines = new(policy, services.Time, services.Jitter);

    public ChainCounters Counters { get; } = new(metricPrefix);

    /// <summary>closed, open, halfOpen or isolated; null when the policy has no breaker or the provider was never called.</summary>
    public string? CircuitState(string provider) => _pipelines.CircuitState(provider);

    /// <summary>Walks <paramref name="steps"/> until one answers, with no bound on the whole walk (each attempt has its timeout).</summary>
    public Task<ChainOutcome<TTarget, TResult>> RunAsync<TTarget, TResult>(IReadOnlyList<ChainStep<TTarget>> steps,
        Func<ChainStep<TTarget>, AttemptContext, ValueTask<TResult>> attempt, CancellationToken cancellationToken)
        where TResult : class =>
        RunAsync(steps, attempt, Timeout.InfiniteTimeSpan, services.Time.GetTimestamp(), cancellationToken);

    /// <summary>
    /// Walks <paramref name="steps"/> until one answers. <paramref name="budget"/> (or <see cref="Timeout.InfiniteTimeSpan"/>)
    /// bounds the whole walk from <paramref name="startedAt"/>, a <see cref="TimeProvider"/> timestamp, so time spent
    /// before the walk (waiting for a session or a slot) counts too. Caller cancellation throws.
    /// </summary>
    public async Task<ChainOutcome<TTarget, TResult>> RunAsync<TTarget, TResult>(IReadOnlyList<ChainStep<TTarget>> steps,
        Func<ChainStep<TTarget>, AttemptContext, ValueTask<TResult>> attempt, TimeSpan budget, long startedAt, CancellationToken cancellationToken)
        where TResult : class
    {
        var run = new ChainRun(services.Time, budget, startedAt);
        using var deadline = new CancellationTokenSource(budget == Timeout.InfiniteTimeSpan ? budget : Max(run.Remaining, TimeSpan.Zero), services.Time);
        using var walk = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        string? lastCause = null;
        bool lastRetryable = false;
        try
        {
            foreach (ChainStep<TTarget> step in policy.Enabled ? steps : steps.Take(1))
            {
                if (step.SkipReason is { } skip)
                {
                    run.Record(step.Provider, step.Model, AttemptOutcome.Skipped, skip, TimeSpan.Zero, TimeSpan.Zero);
                    lastCause ??= $"{step.Provider}: {skip}";
                    continue;
                }

                var call = new StepCall<TTarget, TResult>(step, attempt, run, policy, services, walk.Token);
                ResilienceContext context = ResilienceContextPool.Shared.Get(walk.Token);
                run.AttachTo(context);
                try
                {
                    TResult result = await _pipelines.For(step.Provider)
                        .ExecuteAsync(static (ctx, call) => call.RunAsync(ctx.CancellationToken), context, call).ConfigureAwait(false);
                    return Answered(run, step, result);
                }
                catch (BrokenCircuitException e)
                {
                    string reason = e.RetryAfter is { } wait
                        ? string.Create(CultureInfo.InvariantCulture, $"circuit open after repeated failures; closes in {wait.TotalMilliseconds:0} ms")
                        : "circuit open after repeated failures";
                    run.Record(step.Provider, step.Model, AttemptOutcome.Skipped, reason, TimeSpan.Zero, run.TakeDelay());
                    (lastCause, lastRetryable) = ($"{step.Provider}: {reason}", true);
                }
                catch (TimeoutRejectedException)
                {
                    (lastCause, lastRetryable) = ($"{step.Provider}: {run.Attempts[^1].Reason}", true);
                }
                catch (ProviderFailure failure)
                {
                    (lastCause, lastRetryable) = (failure.Message, failure.Kind == FailureClass.Transient);
                    if (run.RetryAfterBeyondDeadline is { } wait)
                    {
                        lastCause += string.Create(CultureInfo.InvariantCulture, $" (asked to wait {wait.TotalMilliseconds:0} ms, more than the run has left)");
                        run.RetryAfterBeyondDeadline = null;
                    }

                    if (failure.Kind is FailureClass.ContextTooLong or FailureClass.Interrupted)
                    {
                        break;
                    }
                }
                finally
                {
                    ResilienceContextPool.Shared.Return(context);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Counters.Record(run.Attempts, recoveredBy: null);
            throw;
        }
        catch (OperationCanceledException)
        {
            (lastCause, lastRetryable) = (string.Create(CultureInfo.InvariantCulture, $"the run timed out after {budget.TotalMilliseconds:0} ms"), true);
        }

        Counters.Record(run.Attempts, recoveredBy: null);
        return new ChainOutcome<TTarget, TResult>(run.Attempts, null, null, lastCause, lastRetryable);
    }

    private ChainOutcome<TTarget, TResult> Answered<TTarget, TResult>(ChainRun run, ChainStep<TTarget> step, TResult result)
        where TResult : class
    {
        var outcome = new ChainOutcome<TTarget, TResult>(run.Attempts, step, result, null, false);
        Counters.Record(run.Attempts, outcome.Recovered ? step.Provider : null);
        if (outcome.Recovered)
        {
            services.Log.Info($"{metricPrefix}: recovered on {step.Provider}{(step.Model is null ? string.Empty : "/" + step.Model)} after {run.Attempts.Count - 1} earlier attempts");
        }

        return outcome;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

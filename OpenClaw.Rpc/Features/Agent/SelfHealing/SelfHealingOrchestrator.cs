using System.Globalization;
using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Agent.Providers;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Protocol;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>
/// Walks a provider chain: unconfigured providers are skipped without spending attempts or backoff; each configured
/// one runs in its pipeline (retries for transient failures); a permanent failure or exhausted retries move on to the
/// next provider; a context overflow, an interrupted stream, the caller cancelling or the run running out of time stop
/// the walk. Every outcome is in the report; when nothing answered, the error is -32016 naming the last cause.
/// </summary>
internal sealed class SelfHealingOrchestrator(
    SelfHealingPolicy policy,
    ProviderPipelines pipelines,
    ChatClients clients,
    SelfHealingCounters counters,
    TimeProvider time,
    RuntimeLog log)
{
    /// <summary>
    /// Runs the chain. <paramref name="budget"/> bounds the whole run from <paramref name="startedAt"/> (a
    /// <see cref="TimeProvider"/> timestamp), so time spent waiting for the session or a slot counts too.
    /// </summary>
    public async Task<AgentAnswer> RunAsync(IReadOnlyList<ChainCandidate> chain, IReadOnlyList<ChatMessage> messages,
        Func<string, CancellationToken, Task>? onDelta, TimeSpan budget, long startedAt, CancellationToken cancellationToken)
    {
        var run = new RunState(time, budget, startedAt);
        TimeSpan remaining = run.Remaining;
        using var deadline = new CancellationTokenSource(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, time);
        double totalMs = budget.TotalMilliseconds;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        string? lastCause = null;
        bool lastRetryable = false;
        IReadOnlyList<ChainCandidate> walk = policy.Enabled ? chain : [.. chain.Take(1)];
        try
        {
            foreach (ChainCandidate candidate in walk)
            {
                if (candidate.Provider.NotConfiguredReason is { } notConfigured)
                {
                    run.Record(candidate, ProviderAttempt.Skipped, notConfigured, TimeSpan.Zero, TimeSpan.Zero);
                    lastCause ??= $"{candidate.Provider.Id}: {notConfigured}";
                    continue;
                }

                var call = new ProviderAttemptCall(clients.For(candidate.Provider), candidate, messages, onDelta, run, time, log, linked.Token)
                {
                    AttemptTimeoutMs = policy.AttemptTimeoutMs,
                };
                ResilienceContext context = ResilienceContextPool.Shared.Get(linked.Token);
                run.AttachTo(context);
                try
                {
                    var answer = await pipelines.For(candidate.Provider.Id)
                        .ExecuteAsync(static (ctx, attempt) => attempt.RunAsync(ctx.CancellationToken), context, call).ConfigureAwait(false);
                    return Finish(run, candidate, answer.Text, answer.Usage, answer.FinishReason, call.FirstDeltaMs);
                }
                catch (BrokenCircuitException e)
                {
                    string reason = e.RetryAfter is { } wait
                        ? string.Create(CultureInfo.InvariantCulture, $"circuit open after repeated failures; closes in {wait.TotalMilliseconds:0} ms")
                        : "circuit open after repeated failures";
                    run.Record(candidate, ProviderAttempt.Skipped, reason, TimeSpan.Zero, run.TakeDelay());
                    (lastCause, lastRetryable) = ($"{candidate.Provider.Id}: {reason}", true);
                }
                catch (TimeoutRejectedException)
                {
                    (lastCause, lastRetryable) = ($"{candidate.Provider.Id}: {run.Attempts[^1].Reason}", true);
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
            counters.Record(run.Attempts, recoveredBy: null);
            throw;
        }
        catch (OperationCanceledException)
        {
            (lastCause, lastRetryable) = (string.Create(CultureInfo.InvariantCulture, $"the run timed out after {totalMs:0} ms"), true);
        }

        counters.Record(run.Attempts, recoveredBy: null);
        throw Failed(run, lastCause ?? "no provider is configured; set OPENAI_API_KEY or declare models.providers", lastRetryable);
    }

    /// <summary>The run ran out of time before it could start (waiting for its session or a slot).</summary>
    public RpcException TimedOutWaiting(TimeSpan budget) => Failed(new RunState(time, budget, time.GetTimestamp()),
        string.Create(CultureInfo.InvariantCulture, $"the run timed out after {budget.TotalMilliseconds:0} ms waiting for its session or a run slot"),
        retryable: true);

    private RpcException Failed(RunState run, string cause, bool retryable) => new(RpcErrorCodes.AgentFailed, $"agent run failed: {cause}",
        new RpcErrorData { Kind = RpcErrorKinds.AgentFailed, Retryable = retryable, Runtime = new RunTelemetry(Report(run, recovered: false)) });

    private AgentAnswer Finish(RunState run, ChainCandidate answeredBy, string text, UsageDetails? usage, string? finishReason, long? firstDeltaMs)
    {
        SelfHealingReport report = Report(run, run.Recovered);
        counters.Record(run.Attempts, report.Recovered ? answeredBy.Provider.Id : null);
        if (report.Recovered)
        {
            log.Info($"agent: recovered on {answeredBy} after {run.Attempts.Count - 1} earlier attempts");
        }

        return new AgentAnswer(text, answeredBy, usage, finishReason, firstDeltaMs, report);
    }

    private SelfHealingReport Report(RunState run, bool recovered) =>
        new(policy.Enabled, recovered, policy.Track.WireName(), policy.View, [.. run.Attempts]);
}

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
    public async Task<AgentAnswer> RunAsync(IReadOnlyList<ChainCandidate> chain, IReadOnlyList<ChatMessage> messages,
        Func<string, CancellationToken, Task>? onDelta, TimeSpan budget, CancellationToken cancellationToken)
    {
        var run = new RunState(time, budget);
        using var deadline = new CancellationTokenSource(budget, time);
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
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && deadline.IsCancellationRequested)
        {
            (lastCause, lastRetryable) = (string.Create(CultureInfo.InvariantCulture, $"the run timed out after {budget.TotalMilliseconds:0} ms"), true);
        }
        catch (OperationCanceledException)
        {
            counters.Record(run.Attempts, recoveredBy: null);
            throw;
        }

        counters.Record(run.Attempts, recoveredBy: null);
        SelfHealingReport report = Report(run, recovered: false);
        string cause = lastCause ?? "no provider is configured; set OPENAI_API_KEY or declare models.providers";
        throw new RpcException(RpcErrorCodes.AgentFailed, $"agent run failed: {cause}",
            new RpcErrorData { Kind = RpcErrorKinds.AgentFailed, Retryable = lastRetryable, Runtime = new RunTelemetry(report) });
    }

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

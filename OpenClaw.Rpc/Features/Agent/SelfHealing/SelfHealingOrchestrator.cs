using System.Globalization;
using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Agent.Providers;
using OpenClaw.Rpc.Protocol;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>
/// Runs an agent message through the self-healing chain (unconfigured providers skipped, retries, fallback, the run's
/// deadline) and turns the outcome into the answer and its report, or into -32016 naming the last cause with the same report.
/// </summary>
internal sealed class SelfHealingOrchestrator(SelfHealingPolicy policy, SelfHealingChain chain, ChatClients clients, TimeProvider time)
{
    /// <summary>
    /// Runs the chain. <paramref name="budget"/> bounds the whole run from <paramref name="startedAt"/> (a
    /// <see cref="TimeProvider"/> timestamp), so time spent waiting for the session or a slot counts too. Every provider
    /// tried is offered the same <paramref name="tools"/>; the calls the answering one asked for are in the answer.
    /// </summary>
    public async Task<AgentAnswer> RunAsync(IReadOnlyList<ChainCandidate> candidates, IReadOnlyList<ChatMessage> messages,
        Func<string, CancellationToken, Task>? onDelta, TimeSpan budget, long startedAt, CancellationToken cancellationToken,
        IReadOnlyList<AITool>? tools = null)
    {
        var call = new ChatAttempt(clients, messages, onDelta, time, startedAt, tools);
        ChainStep<ChainCandidate>[] steps = [.. candidates.Select(c => new ChainStep<ChainCandidate>(c.Provider.Id, c.Model, c, c.Provider.NotConfiguredReason))];
        ChainOutcome<ChainCandidate, ChatAnswer> outcome = await chain.RunAsync(steps, call.RunAsync, budget, startedAt, cancellationToken)
            .ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            throw Failed(outcome.Attempts, outcome.LastCause ?? "no provider is configured; set OPENAI_API_KEY or declare models.providers", outcome.Retryable);
        }

        return new AgentAnswer(outcome.Result.Text, outcome.AnsweredBy.Target, outcome.Result.Usage, outcome.Result.FinishReason, call.FirstDeltaMs,
            Report(outcome.Attempts, outcome.Recovered))
        {
            ToolCalls = outcome.Result.ToolCalls,
        };
    }

    /// <summary>The run ran out of time before it could start (waiting for its session or a slot).</summary>
    public RpcException TimedOutWaiting(TimeSpan budget) => Failed([],
        string.Create(CultureInfo.InvariantCulture, $"the run timed out after {budget.TotalMilliseconds:0} ms waiting for its session or a run slot"),
        retryable: true);

    /// <summary>The run ran out of time while its tool calls ran or waited for approval.</summary>
    public RpcException TimedOutInTools(TimeSpan budget) => Failed([],
        string.Create(CultureInfo.InvariantCulture, $"the run timed out after {budget.TotalMilliseconds:0} ms while its tool calls ran or waited for approval"),
        retryable: true);

    private RpcException Failed(IReadOnlyList<ChainAttempt> attempts, string cause, bool retryable) => new(RpcErrorCodes.AgentFailed,
        $"agent run failed: {cause}",
        new AgentFailedData { Kind = RpcErrorKinds.AgentFailed, Retryable = retryable, Runtime = new RunTelemetry(Report(attempts, recovered: false)) });

    private SelfHealingReport Report(IReadOnlyList<ChainAttempt> attempts, bool recovered) =>
        new(policy.Enabled, recovered, policy.Track.WireName(), policy.View, [.. attempts.Select(SelfHealingAttempt.From)]);
}

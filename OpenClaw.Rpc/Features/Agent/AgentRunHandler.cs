using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.Agent.SelfHealing;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>
/// Answers <c>agent.run</c>: validates, waits for a run slot and the session, feeds the bounded history and the new
/// message to the provider chain (streaming deltas as <c>$/progress</c> when asked), and appends both turns to the
/// session before answering. A failed run leaves the transcript as it was.
/// </summary>
internal sealed class AgentRunHandler(
    AgentOptions options,
    AgentChainPlanner planner,
    SelfHealingOrchestrator orchestrator,
    SessionStore sessions,
    ProgressReporter progress,
    TimeProvider time) : IAgentRun, IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.MaxConcurrentRuns, options.MaxConcurrentRuns);

    public async Task<AgentRunResult> InvokeAsync(AgentRunParams? parameters = null, CancellationToken cancellationToken = default)
    {
        parameters ??= new AgentRunParams();
        string message = parameters.Message is { } m && !string.IsNullOrWhiteSpace(m) ? m : throw RpcException.InvalidParams("$.message", "message is required");
        if (message.Length > options.MaxMessageLength)
        {
            throw RpcException.InvalidParams("$.message", $"message is too long ({message.Length} characters, max {options.MaxMessageLength})");
        }

        string? sessionKey = parameters.SessionKey is null ? null : SessionKey.Require(parameters.SessionKey, "$.sessionKey");
        if (parameters.TimeoutMs is < 100 or > 3_600_000)
        {
            throw RpcException.InvalidParams("$.timeoutMs", "timeoutMs must be from 100 to 3600000");
        }

        IReadOnlyList<ChainCandidate> chain = planner.Plan(parameters.Provider, parameters.Model);
        TimeSpan budget = TimeSpan.FromMilliseconds(parameters.TimeoutMs ?? options.RunTimeoutMs);
        long start = time.GetTimestamp();
        // timeoutMs bounds the wait for the session and a slot too. The session first, then a slot: runs queued behind
        // one session do not hold slots other sessions could use.
        using var waiting = new CancellationTokenSource(budget, time);
        using var waitToken = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, waiting.Token);
        IAsyncDisposable? held = null;
        bool slot = false;
        try
        {
            held = sessionKey is null ? null : await sessions.LockSessionAsync(sessionKey, waitToken.Token).ConfigureAwait(false);
            await _slots.WaitAsync(waitToken.Token).ConfigureAwait(false);
            slot = true;
            return await RunAsync(parameters, message, sessionKey, chain, budget, start, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!slot && !cancellationToken.IsCancellationRequested)
        {
            throw orchestrator.TimedOutWaiting(budget);
        }
        finally
        {
            if (slot)
            {
                _slots.Release();
            }

            if (held is not null)
            {
                await held.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<AgentRunResult> RunAsync(AgentRunParams parameters, string message, string? sessionKey, IReadOnlyList<ChainCandidate> chain,
        TimeSpan budget, long start, CancellationToken cancellationToken)
    {
        IReadOnlyList<TranscriptMessage> history = sessionKey is null ? [] : await sessions.ReadWindowAsync(sessionKey, cancellationToken).ConfigureAwait(false);
        var messages = new List<ChatMessage>();
        if ((parameters.System ?? options.SystemPrompt) is { Length: > 0 } system)
        {
            messages.Add(new ChatMessage(ChatRole.System, system));
        }

        messages.AddRange(history.Select(h => new ChatMessage(h.Role == "assistant" ? ChatRole.Assistant : ChatRole.User, h.Text)));
        messages.Add(new ChatMessage(ChatRole.User, message));
        DateTimeOffset askedAt = time.GetUtcNow();
        Func<string, CancellationToken, Task>? onDelta = parameters.ProgressToken is { } token
            ? (delta, ct) => progress.ReportAsync(token, new ProgressValue(delta), ct)
            : null;
        AgentAnswer answer = await orchestrator.RunAsync(chain, messages, onDelta, budget, start, cancellationToken).ConfigureAwait(false);
        AgentUsage? usage = answer.Usage is { } u ? new AgentUsage(u.InputTokenCount, u.OutputTokenCount, u.TotalTokenCount) : null;
        string? sessionId = null;
        if (sessionKey is not null)
        {
            TurnUsage? turnUsage = usage is null ? null : new TurnUsage(Narrow(usage.InputTokens), Narrow(usage.OutputTokens), Narrow(usage.TotalTokens));
            sessionId = await sessions.AppendTurnAsync(sessionKey, new TranscriptMessage("user", message, askedAt),
                new TranscriptMessage("assistant", answer.Text, time.GetUtcNow(), answer.AnsweredBy.Provider.Id, answer.AnsweredBy.Model, turnUsage),
                CancellationToken.None).ConfigureAwait(false);
        }

        var timings = new AgentTimings((long)time.GetElapsedTime(start).TotalMilliseconds, answer.FirstDeltaMs, history.Count);
        return new AgentRunResult(answer.Text, answer.AnsweredBy.Provider.Id, answer.AnsweredBy.Model, sessionKey, sessionId, answer.FinishReason, usage,
            timings, new RunTelemetry(answer.SelfHealing));
    }

    public void Dispose() => _slots.Dispose();

    private static int? Narrow(long? value) => value is null ? null : (int)Math.Min(value.Value, int.MaxValue);
}

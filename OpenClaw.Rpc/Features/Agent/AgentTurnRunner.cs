using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Features.Agent.SelfHealing;
using OpenClaw.Rpc.Features.Agent.Tools;
using OpenClaw.Rpc.Features.Sessions;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>
/// The one agent engine every protocol uses: waits for the session and a run slot (within the turn's budget), feeds
/// the bounded history and the new message to the self-healing chain (with the tool loop when tools are offered), and
/// appends the turn's messages to the session only once the answer is complete. A turn that fails or is cancelled
/// leaves the transcript as it was.
/// </summary>
internal sealed class AgentTurnRunner(
    AgentOptions options,
    AgentChainPlanner planner,
    SelfHealingOrchestrator orchestrator,
    AgentToolbox toolbox,
    ToolLoop loop,
    SessionStore sessions,
    TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.MaxConcurrentRuns, options.MaxConcurrentRuns);

    public async Task<AgentTurnResult> RunAsync(AgentTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        IReadOnlyList<ChainCandidate> chain = planner.Plan(turn.Provider, turn.Model);
        long start = time.GetTimestamp();
        // The budget bounds the wait for the session and a slot too. The session first, then a slot: runs queued
        // behind one session do not hold slots other sessions could use.
        using var waiting = new CancellationTokenSource(turn.Budget, time);
        using var waitToken = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, waiting.Token);
        IAsyncDisposable? held = null;
        bool slot = false;
        try
        {
            held = turn.SessionKey is null ? null : await sessions.LockSessionAsync(turn.SessionKey, waitToken.Token).ConfigureAwait(false);
            await _slots.WaitAsync(waitToken.Token).ConfigureAwait(false);
            slot = true;
            return await AnswerAsync(turn, chain, start, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!slot && !cancellationToken.IsCancellationRequested)
        {
            throw orchestrator.TimedOutWaiting(turn.Budget);
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

    private async Task<AgentTurnResult> AnswerAsync(AgentTurn turn, IReadOnlyList<ChainCandidate> chain, long start, CancellationToken cancellationToken)
    {
        IReadOnlyList<TranscriptMessage> history = turn.SessionKey is null ? [] : await sessions.ReadWindowAsync(turn.SessionKey, cancellationToken).ConfigureAwait(false);
        ToolRunState? tools = await toolbox.PrepareAsync(turn, cancellationToken).ConfigureAwait(false);
        var messages = new List<ChatMessage>();
        if ((turn.System ?? options.SystemPrompt) is { Length: > 0 } system)
        {
            messages.Add(new ChatMessage(ChatRole.System, system));
        }

        messages.AddRange(ChatHistory.From(history, withTools: tools is not null));
        messages.Add(new ChatMessage(ChatRole.User, turn.Message));
        DateTimeOffset askedAt = time.GetUtcNow();
        ToolLoopResult result = await loop.RunAsync(chain, messages, turn, tools, start, cancellationToken).ConfigureAwait(false);
        string? sessionId = null;
        if (turn.SessionKey is not null)
        {
            sessionId = await sessions.AppendTurnAsync(turn.SessionKey, [new TranscriptMessage(TranscriptMessage.User, turn.Message, askedAt), .. result.Messages],
                CancellationToken.None).ConfigureAwait(false);
        }

        return new AgentTurnResult(result.Answer, result.ToolCalls, sessionId, history.Count, (long)time.GetElapsedTime(start).TotalMilliseconds);
    }

    public void Dispose() => _slots.Dispose();
}

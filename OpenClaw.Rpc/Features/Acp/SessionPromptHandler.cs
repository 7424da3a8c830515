using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.Agent;
using OpenClaw.Rpc.Features.Agent.Tools;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>
/// Answers ACP <c>session/prompt</c> with the same agent engine as <c>agent.run</c>: the session's history, the
/// self-healing chain, the same limits and the same -32016 report when every provider failed. The answer streams as
/// <c>agent_message_chunk</c> updates, tool calls as <c>tool_call</c> / <c>tool_call_update</c> updates, approvals as
/// <c>session/request_permission</c>; <c>session/cancel</c> aborts the upstream request or the running tool call and
/// the turn answers <c>cancelled</c> with nothing stored.
/// </summary>
internal sealed class SessionPromptHandler(
    AgentOptions options,
    AgentTurnRunner runner,
    SessionStore sessions,
    AcpPromptRuns runs,
    AcpSessionUpdates updates,
    AcpSessionServers servers,
    ClientNotifier client,
    RuntimeLog log) : ISessionPrompt
{
    public async Task<SessionPromptResult> InvokeAsync(SessionPromptParams? parameters = null, CancellationToken cancellationToken = default)
    {
        parameters ??= new SessionPromptParams();
        string sessionId = AcpParams.RequireSessionId(parameters.SessionId);
        string message = AcpPromptText.Compose(parameters.Prompt);
        if (message.Length > options.MaxMessageLength)
        {
            throw RpcException.InvalidParams("$.prompt", $"prompt is too long ({message.Length} characters, max {options.MaxMessageLength})");
        }

        if (await sessions.FindAsync(sessionId, cancellationToken).ConfigureAwait(false) is null)
        {
            throw AcpErrors.SessionNotFound(sessionId);
        }

        using AcpPromptRuns.PromptRun run = runs.Start(sessionId);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, run.Cancelled);
        // Always streamed: an editor shows the answer and each tool call as they happen.
        var hooks = new AgentToolHooks(new AcpToolApprover(client, sessionId, log),
            (call, ct) => updates.SendToolCallAsync(sessionId, AcpToolCalls.From(call), ct), servers.For(sessionId));
        var turn = new AgentTurn(message, sessionId, TimeSpan.FromMilliseconds(options.RunTimeoutMs), hooks,
            OnDelta: (delta, ct) => updates.SendAsync(sessionId, AcpSessionUpdate.AgentMessageChunk, delta, ct));
        try
        {
            AgentTurnResult result = await runner.RunAsync(turn, stop.Token).ConfigureAwait(false);
            return new SessionPromptResult(AcpStopReasons.FromFinishReason(result.Answer.FinishReason));
        }
        catch (OperationCanceledException) when (run.CancelRequested)
        {
            return new SessionPromptResult(AcpStopReasons.Cancelled);
        }
    }
}

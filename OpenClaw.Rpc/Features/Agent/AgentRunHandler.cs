using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.Agent.SelfHealing;
using OpenClaw.Rpc.Features.Agent.Tools;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>
/// Answers <c>agent.run</c>: validates, runs the turn (streaming deltas as <c>$/progress</c> when asked) and reports
/// the answer with its self-healing report.
/// </summary>
internal sealed class AgentRunHandler(AgentOptions options, AgentTurnRunner runner, ProgressReporter progress, ClientNotifier client, LifecycleState lifecycle,
    RuntimeLog log) : IAgentRun
{
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

        Func<string, CancellationToken, Task>? onDelta = parameters.ProgressToken is { } token
            ? (delta, ct) => progress.ReportAsync(token, new ProgressValue(delta), ct)
            : null;
        Func<ToolCallProgress, CancellationToken, Task>? onToolCall = parameters.ProgressToken is { } toolToken
            ? (call, ct) => progress.ReportAsync(toolToken, new ProgressValue(ToolCall: call), ct)
            : null;
        var hooks = new AgentToolHooks(new NativeToolApprover(client, lifecycle, CurrentRequest.Id, log), onToolCall);
        var turn = new AgentTurn(message, sessionKey, TimeSpan.FromMilliseconds(parameters.TimeoutMs ?? options.RunTimeoutMs), hooks, parameters.Provider,
            parameters.Model, parameters.System, onDelta);
        AgentTurnResult result = await runner.RunAsync(turn, cancellationToken).ConfigureAwait(false);
        AgentAnswer answer = result.Answer;
        AgentUsage? usage = answer.Usage is { } u ? new AgentUsage(u.InputTokenCount, u.OutputTokenCount, u.TotalTokenCount) : null;
        var timings = new AgentTimings(result.TotalMs, answer.FirstDeltaMs, result.HistoryMessages);
        return new AgentRunResult(answer.Text, answer.AnsweredBy.Provider.Id, answer.AnsweredBy.Model, sessionKey, result.SessionId, answer.FinishReason, usage,
            timings, new RunTelemetry(answer.SelfHealing), [.. result.ToolCalls.Select(c => new AgentToolCall(c.Id, c.Tool, c.Outcome, c.DurationMs))]);
    }
}

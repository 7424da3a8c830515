using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Features.Agent.Providers;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tools.Mcp;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Agent.Tools;

/// <summary>
/// One tool call the model asked for: reported <c>pending</c>, checked (valid arguments, a tool that is offered, the
/// repeat guard, the policy, the user when asked), reported <c>running</c>, called with its server's timeout, and
/// reported with its final status. Every path ends in a result the model is given, so it can carry on; only
/// cancellation of the run throws.
/// </summary>
internal sealed class ToolCallRunner(McpServers servers, ToolPolicy policy, SessionStore sessions, ToolCallCounters counters, TimeProvider time, RuntimeLog log)
{
    /// <summary>The most characters of a result that <c>$/progress</c> and ACP updates carry; the model gets all of it.</summary>
    public const int ProgressResultChars = 4096;

    private static readonly JsonElement NoArguments = JsonDocument.Parse("{}").RootElement.Clone();

    public async Task<ToolCallResult> RunAsync(FunctionCallContent call, ToolRunState state, CancellationToken cancellationToken)
    {
        long started = time.GetTimestamp();
        JsonElement arguments = call.Exception is null ? Arguments(call) : NoArguments;
        await ReportAsync(state, new ToolCallProgress(call.CallId, call.Name, ToolCallStatus.Pending, arguments), cancellationToken).ConfigureAwait(false);
        (string outcome, string text) = await DecideAndCallAsync(call, arguments, state, cancellationToken).ConfigureAwait(false);
        counters.Record(call.Name, outcome);
        log.Info($"tool call {call.Name}: {outcome}");
        await ReportAsync(state, new ToolCallProgress(call.CallId, call.Name, outcome, Result: ForProgress(text)),
            outcome == ToolCallStatus.Cancelled ? CancellationToken.None : cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return new ToolCallResult(call.CallId, call.Name, arguments, outcome, text, (long)time.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>A call the run will not make (the round limit was reached): reported and answered as cancelled.</summary>
    public async Task<ToolCallResult> SkipAsync(FunctionCallContent call, ToolRunState state, string reason, CancellationToken cancellationToken)
    {
        JsonElement arguments = call.Exception is null ? Arguments(call) : NoArguments;
        string text = $"Tool call cancelled: {reason}";
        await ReportAsync(state, new ToolCallProgress(call.CallId, call.Name, ToolCallStatus.Pending, arguments), cancellationToken).ConfigureAwait(false);
        await ReportAsync(state, new ToolCallProgress(call.CallId, call.Name, ToolCallStatus.Cancelled, Result: text), cancellationToken).ConfigureAwait(false);
        counters.Record(call.Name, ToolCallStatus.Cancelled);
        return new ToolCallResult(call.CallId, call.Name, arguments, ToolCallStatus.Cancelled, text, 0);
    }

    private async Task<(string Outcome, string Text)> DecideAndCallAsync(FunctionCallContent call, JsonElement arguments, ToolRunState state,
        CancellationToken cancellationToken)
    {
        if (call.Exception is not null)
        {
            return (ToolCallStatus.Failed, "Tool call failed: the arguments are not a JSON object; call the tool again with a JSON object");
        }

        if (state.Find(call.Name) is not { } tool)
        {
            return (ToolCallStatus.Failed, $"Tool call failed: no tool named {call.Name} is available in this run");
        }

        if (!state.Guard.TryAdmit(tool.Name, arguments))
        {
            return (ToolCallStatus.Denied,
                $"Tool call denied: the same call with the same arguments was already made {ToolRepeatGuard.Limit} times in this run; try something else");
        }

        if (await ApproveAsync(call, tool, arguments, state, cancellationToken).ConfigureAwait(false) is { } denied)
        {
            return (denied.Outcome, denied.Text);
        }

        await ReportAsync(state, new ToolCallProgress(call.CallId, tool.Name, ToolCallStatus.Running), cancellationToken).ConfigureAwait(false);
        try
        {
            ToolOutput output = await servers.CallAsync(tool, arguments, cancellationToken).ConfigureAwait(false);
            return output.Failed
                ? (ToolCallStatus.Failed, output.Text.StartsWith("Tool call failed", StringComparison.Ordinal) ? output.Text : $"Tool call failed: {output.Text}")
                : (ToolCallStatus.Completed, output.Text);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (ToolCallStatus.Cancelled, "Tool call cancelled: the run was cancelled");
        }
    }

    /// <summary>Null when the call may run; else the outcome and text it ends with.</summary>
    private async Task<(string Outcome, string Text)?> ApproveAsync(FunctionCallContent call, ToolDefinition tool, JsonElement arguments,
        ToolRunState state, CancellationToken cancellationToken)
    {
        IToolApprover approver = state.Hooks.Approver;
        ToolVerdict verdict = policy.Decide(tool.Name, state.Decisions, approver.CanAsk);
        if (verdict.Kind == ToolVerdictKind.Allow)
        {
            return null;
        }

        if (verdict.Kind == ToolVerdictKind.Deny)
        {
            return (ToolCallStatus.Denied, $"Tool call denied: {verdict.Reason}");
        }

        ToolApprovalOutcome answer = await approver.AskAsync(new ToolApprovalRequest(call.CallId, tool, arguments, state.SessionKey), cancellationToken)
            .ConfigureAwait(false);
        if (answer is ToolApprovalOutcome.AllowAlways or ToolApprovalOutcome.RejectAlways && state.SessionKey is { } sessionKey)
        {
            bool allow = answer == ToolApprovalOutcome.AllowAlways;
            state.Decisions[tool.Name] = allow;
            await sessions.RecordToolDecisionAsync(sessionKey, tool.Name, allow, CancellationToken.None).ConfigureAwait(false);
        }

        return answer switch
        {
            ToolApprovalOutcome.AllowOnce or ToolApprovalOutcome.AllowAlways => null,
            ToolApprovalOutcome.Cancelled when cancellationToken.IsCancellationRequested => (ToolCallStatus.Cancelled, "Tool call cancelled: the run was cancelled"),
            ToolApprovalOutcome.Cancelled => (ToolCallStatus.Denied, "Tool call denied: the approval request was cancelled"),
            _ => (ToolCallStatus.Denied, "Tool call denied: not approved by the user"),
        };
    }

    private static Task ReportAsync(ToolRunState state, ToolCallProgress progress, CancellationToken cancellationToken) =>
        state.Hooks.OnToolCall is { } report ? report(progress, cancellationToken) : Task.CompletedTask;

    private static JsonElement Arguments(FunctionCallContent call) => ToolArguments.Element(call.Arguments);

    private static string ForProgress(string text) => text.Length <= ProgressResultChars
        ? text
        : $"{EchoedInput.Shorten(text, ProgressResultChars)}\n[truncated: {ProgressResultChars} of {text.Length} characters shown]";
}

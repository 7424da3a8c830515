using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Features.Agent.SelfHealing;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Features.Tools;

namespace OpenClaw.Rpc.Features.Agent.Tools;

/// <summary>
/// A turn's model calls and tool calls: the model asks, each call goes through <see cref="ToolCallRunner"/>, the
/// results go back, and again, until the model answers without calls or <c>tools.maxRounds</c> model calls asked for
/// tools. Each model call is its own walk of the self-healing chain over the conversation so far, so a provider that
/// fails after a tool ran never makes it run again: the next provider is sent the results already obtained.
/// </summary>
internal sealed class ToolLoop(SelfHealingOrchestrator orchestrator, ToolCallRunner runner, ToolPolicy policy, TimeProvider time)
{
    /// <summary>The finish reason of a run stopped by <c>tools.maxRounds</c> (ACP: <c>max_turn_requests</c>).</summary>
    public const string MaxRoundsFinishReason = "max_rounds";

    public async Task<ToolLoopResult> RunAsync(IReadOnlyList<ChainCandidate> chain, List<ChatMessage> messages, AgentTurn turn, ToolRunState? tools,
        long startedAt, CancellationToken cancellationToken)
    {
        List<AITool>? offered = tools is null ? null : [.. tools.Tools.Select(t => AIFunctionFactory.CreateDeclaration(t.Name, t.Description, t.InputSchema))];
        var stored = new List<TranscriptMessage>();
        var calls = new List<ToolCallResult>();
        AgentAnswer? sum = null;
        for (int round = 1; ; round++)
        {
            AgentAnswer answer = await orchestrator.RunAsync(chain, messages, turn.OnDelta, turn.Budget, startedAt, cancellationToken, offered)
                .ConfigureAwait(false);
            sum = Sum(sum, answer);
            stored.Add(Assistant(answer));
            if (tools is null || answer.ToolCalls.Count == 0)
            {
                return new ToolLoopResult(sum, stored, calls);
            }

            messages.Add(new ChatMessage(ChatRole.Assistant, [.. Text(answer), .. answer.ToolCalls]));
            bool last = round >= policy.MaxRounds;
            List<ToolCallResult> results = await RunCallsAsync(answer.ToolCalls, tools, turn, startedAt, last, cancellationToken).ConfigureAwait(false);
            calls.AddRange(results);
            stored[^1] = stored[^1] with { ToolCalls = [.. results.Select(r => new TranscriptToolCall(r.Id, r.Tool, r.Arguments))] };
            stored.AddRange(results.Select(r => TranscriptMessage.ToolResult(r.Id, r.Tool, r.Outcome, r.Text, time.GetUtcNow())));
            messages.AddRange(results.Select(r => new ChatMessage(ChatRole.Tool, [ChatHistory.ToolResult(r.Id, r.Text, r.Outcome)])));
            if (last)
            {
                // A stored turn ends with an answer: the run's is empty, its text having come with the calls.
                stored.Add(Assistant(answer) with { Text = string.Empty, Usage = null });
                return new ToolLoopResult(sum with { FinishReason = MaxRoundsFinishReason }, stored, calls);
            }
        }
    }

    private async Task<List<ToolCallResult>> RunCallsAsync(IReadOnlyList<FunctionCallContent> asked, ToolRunState tools, AgentTurn turn, long startedAt,
        bool last, CancellationToken cancellationToken)
    {
        // Approvals and tool calls spend the run's budget too: a question nobody answers ends with the run.
        TimeSpan left = turn.Budget - time.GetElapsedTime(startedAt);
        using var deadline = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.Zero, time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var results = new List<ToolCallResult>(asked.Count);
        try
        {
            foreach (FunctionCallContent call in asked)
            {
                results.Add(last
                    ? await runner.SkipAsync(call, tools, $"the run reached tools.maxRounds ({policy.MaxRounds} model calls with tools)", stop.Token)
                        .ConfigureAwait(false)
                    : await runner.RunAsync(call, tools, stop.Token).ConfigureAwait(false));
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && deadline.IsCancellationRequested)
        {
            throw orchestrator.TimedOutInTools(turn.Budget);
        }

        return results;
    }

    private TranscriptMessage Assistant(AgentAnswer answer) => new(TranscriptMessage.Assistant, answer.Text, time.GetUtcNow(), answer.AnsweredBy.Provider.Id,
        answer.AnsweredBy.Model, TurnUsageOf(answer.Usage));

    private static IEnumerable<AIContent> Text(AgentAnswer answer) => answer.Text.Length > 0 ? [new TextContent(answer.Text)] : [];

    private static AgentAnswer Sum(AgentAnswer? earlier, AgentAnswer next) => earlier is null ? next : next with
    {
        Usage = Sum(earlier.Usage, next.Usage),
        FirstDeltaMs = earlier.FirstDeltaMs ?? next.FirstDeltaMs,
        SelfHealing = next.SelfHealing with
        {
            Recovered = earlier.SelfHealing.Recovered || next.SelfHealing.Recovered,
            Attempts = [.. earlier.SelfHealing.Attempts, .. next.SelfHealing.Attempts],
        },
    };

    private static UsageDetails? Sum(UsageDetails? a, UsageDetails? b) => a is null ? b : b is null ? a : new UsageDetails
    {
        InputTokenCount = a.InputTokenCount + b.InputTokenCount,
        OutputTokenCount = a.OutputTokenCount + b.OutputTokenCount,
        TotalTokenCount = a.TotalTokenCount + b.TotalTokenCount,
    };

    internal static TurnUsage? TurnUsageOf(UsageDetails? usage) =>
        usage is { } u ? new TurnUsage(Narrow(u.InputTokenCount), Narrow(u.OutputTokenCount), Narrow(u.TotalTokenCount)) : null;

    private static int? Narrow(long? value) => value is null ? null : (int)Math.Min(value.Value, int.MaxValue);
}

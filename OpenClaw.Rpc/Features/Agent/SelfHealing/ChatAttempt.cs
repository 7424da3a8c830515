using System.Text;
using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Features.Agent.Providers;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>
/// One run's call on a chain step: asks the provider's client (streamed when deltas are wanted), forwards each delta and
/// tells the chain it was delivered, so a failure after that stops the chain instead of replaying. Offers
/// <paramref name="tools"/> (none when null or empty) and collects the calls the model asks for; it runs none of them.
/// </summary>
internal sealed class ChatAttempt(
    ChatClients clients,
    IReadOnlyList<ChatMessage> messages,
    Func<string, CancellationToken, Task>? onDelta,
    TimeProvider time,
    long runStartedAt,
    IReadOnlyList<AITool>? tools = null)
{
    /// <summary>When the first delta of the run reached the client, from the run's start.</summary>
    public long? FirstDeltaMs { get; private set; }

    public async ValueTask<ChatAnswer> RunAsync(ChainStep<ChainCandidate> step, AttemptContext attempt)
    {
        IChatClient client = clients.For(step.Target.Provider);
        var options = new ChatOptions { ModelId = step.Target.Model, Tools = tools is { Count: > 0 } ? [.. tools] : null };
        if (onDelta is null)
        {
            ChatResponse response = await client.GetResponseAsync(messages, options, attempt.Token).ConfigureAwait(false);
            return new ChatAnswer(response.Text, response.Usage, response.FinishReason?.Value)
            {
                ToolCalls = [.. response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>()],
            };
        }

        var text = new StringBuilder();
        UsageDetails? usage = null;
        string? finish = null;
        List<FunctionCallContent> calls = [];
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(messages, options, attempt.Token).ConfigureAwait(false))
        {
            finish = update.FinishReason?.Value ?? finish;
            usage = update.Contents.OfType<UsageContent>().LastOrDefault()?.Details ?? usage;
            calls.AddRange(update.Contents.OfType<FunctionCallContent>());
            if (update.Text is { Length: > 0 } delta)
            {
                text.Append(delta);
                FirstDeltaMs ??= (long)time.GetElapsedTime(runStartedAt).TotalMilliseconds;
                await onDelta(delta, attempt.WalkToken).ConfigureAwait(false);
                attempt.Deliver(delta.Length);
            }
        }

        return new ChatAnswer(text.ToString(), usage, finish) { ToolCalls = calls };
    }
}

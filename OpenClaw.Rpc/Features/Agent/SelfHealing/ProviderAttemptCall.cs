using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Features.Agent.Providers;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>
/// One attempt on one provider, run inside its pipeline: calls the client (streamed when deltas are wanted), forwards
/// each delta, and records the attempt. A stream that fails after text reached the client becomes
/// <see cref="FailureClass.Interrupted"/>, so nothing replays it.
/// </summary>
internal sealed class ProviderAttemptCall(
    IChatClient client,
    ChainCandidate candidate,
    IReadOnlyList<ChatMessage> messages,
    Func<string, CancellationToken, Task>? onDelta,
    RunState run,
    TimeProvider time,
    RuntimeLog log,
    CancellationToken runToken)
{
    public int AttemptTimeoutMs { get; init; }

    public long? FirstDeltaMs { get; private set; }

    public async ValueTask<(string Text, UsageDetails? Usage, string? FinishReason)> RunAsync(CancellationToken attemptToken)
    {
        TimeSpan delay = run.TakeDelay();
        long start = time.GetTimestamp();
        var text = new StringBuilder();
        int sent = 0;
        try
        {
            var options = new ChatOptions { ModelId = candidate.Model };
            (string, UsageDetails?, string?) answer;
            if (onDelta is null)
            {
                ChatResponse response = await client.GetResponseAsync(messages, options, attemptToken).ConfigureAwait(false);
                answer = (response.Text, response.Usage, response.FinishReason?.Value);
            }
            else
            {
                UsageDetails? usage = null;
                string? finish = null;
                await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(messages, options, attemptToken).ConfigureAwait(false))
                {
                    finish = update.FinishReason?.Value ?? finish;
                    usage = update.Contents.OfType<UsageContent>().LastOrDefault()?.Details ?? usage;
                    if (update.Text is { Length: > 0 } delta)
                    {
                        text.Append(delta);
                        FirstDeltaMs ??= (long)run.Elapsed.TotalMilliseconds;
                        await onDelta(delta, runToken).ConfigureAwait(false);
                        sent += delta.Length;
                    }
                }

                answer = (text.ToString(), usage, finish);
            }

            run.Record(candidate, ProviderAttempt.Success, null, time.GetElapsedTime(start), delay);
            return answer;
        }
        catch (ProviderFailure failure)
        {
            // Once text reached the client, any failure stops the chain: another answer would be streamed on top of it.
            ProviderFailure reported = sent > 0 && failure.Kind is not (FailureClass.Interrupted or FailureClass.ContextTooLong)
                ? new ProviderFailure(FailureClass.Interrupted, Interrupted(failure.Message, sent))
                : failure;
            run.Record(candidate, ProviderAttempt.Failed, reported.Message, time.GetElapsedTime(start), delay);
            throw reported;
        }
        catch (OperationCanceledException) when (attemptToken.IsCancellationRequested && !runToken.IsCancellationRequested)
        {
            string reason = string.Create(CultureInfo.InvariantCulture, $"timed out after {AttemptTimeoutMs} ms");
            run.Record(candidate, ProviderAttempt.Timeout, sent > 0 ? Interrupted(reason, sent) : reason, time.GetElapsedTime(start), delay);
            if (sent > 0)
            {
                throw new ProviderFailure(FailureClass.Interrupted, Interrupted(reason, sent));
            }

            throw;
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            run.Record(candidate, SelfHealingAttempt.Cancelled, "the run was cancelled or ran out of time", time.GetElapsedTime(start), delay);
            throw;
        }
        catch (OperationCanceledException e)
        {
            // Neither the caller nor a timeout of ours: the HTTP stack gave up (a connect timeout, say). Transient.
            string reason = sent > 0 ? Interrupted("the connection timed out", sent) : "the connection timed out";
            run.Record(candidate, ProviderAttempt.Failed, reason, time.GetElapsedTime(start), delay);
            throw sent > 0 ? new ProviderFailure(FailureClass.Interrupted, reason) : ProviderFailure.Transient(reason, inner: e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.Error($"agent: {candidate} failed unexpectedly: {e}");
            string reason = sent > 0 ? Interrupted("unexpected failure (details in the log)", sent) : "unexpected failure (details in the log)";
            run.Record(candidate, ProviderAttempt.Failed, reason, time.GetElapsedTime(start), delay);
            throw new ProviderFailure(sent > 0 ? FailureClass.Interrupted : FailureClass.Permanent, reason);
        }
    }

    private static string Interrupted(string cause, int sent) =>
        string.Create(CultureInfo.InvariantCulture, $"{cause}; the stream was interrupted after {sent} characters were sent, so it is not replayed");
}

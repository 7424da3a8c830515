using System.Collections.Concurrent;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace OpenClaw.Rpc.Resilience;

/// <summary>
/// One Polly pipeline per provider, built on first use and reused by every walk of the chain (so its breaker sees all
/// the provider's traffic): retry (bounded, exponential backoff with jitter, Retry-After honoured) around a circuit
/// breaker (when the policy has one) around the per-attempt timeout. With the kill switch on only the timeout remains.
/// </summary>
internal sealed class ProviderPipelines(ChainPolicy policy, TimeProvider time, Jitter jitter)
{
    /// <summary>The breaker opens when this share of at least <see cref="BreakerMinimumThroughput"/> calls in the window failed.</summary>
    public const double BreakerFailureRatio = 0.5;
    public const int BreakerMinimumThroughput = 4;
    public static readonly TimeSpan BreakerSamplingDuration = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan BreakerBreakDuration = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (ResiliencePipeline Pipeline, CircuitBreakerStateProvider? Breaker)> _pipelines =
        new(StringComparer.Ordinal);

    public ResiliencePipeline For(string provider) => _pipelines.GetOrAdd(provider, _ => Build()).Pipeline;

    /// <summary>closed, open, halfOpen or isolated; null when the provider has no breaker or was never called.</summary>
    public string? CircuitState(string provider) => _pipelines.TryGetValue(provider, out var entry) && entry.Breaker is { } breaker
        ? breaker.CircuitState switch
        {
            Polly.CircuitBreaker.CircuitState.Closed => "closed",
            Polly.CircuitBreaker.CircuitState.Open => "open",
            Polly.CircuitBreaker.CircuitState.HalfOpen => "halfOpen",
            _ => "isolated",
        }
        : null;

    private (ResiliencePipeline, CircuitBreakerStateProvider?) Build()
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        CircuitBreakerStateProvider? breaker = policy.Enabled && policy.CircuitBreaker ? new CircuitBreakerStateProvider() : null;
        if (policy.Enabled && policy.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = policy.MaxAttempts - 1,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome.Exception, args.Context,
                    lastAttempt: args.AttemptNumber >= policy.MaxAttempts - 1, breaker)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Delay(args.AttemptNumber, args.Outcome.Exception)),
                OnRetry = args =>
                {
                    ChainRun.Of(args.Context).NextDelay = args.RetryDelay;
                    return ValueTask.CompletedTask;
                },
            });
        }

        if (breaker is not null)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = BreakerFailureRatio,
                MinimumThroughput = BreakerMinimumThroughput,
                SamplingDuration = BreakerSamplingDuration,
                BreakDuration = BreakerBreakDuration,
                StateProvider = breaker,
                ShouldHandle = args => ValueTask.FromResult(FailureClassifier.IsTransient(args.Outcome.Exception)),
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = policy.AttemptTimeout });
        return (builder.Build(), breaker);
    }

    /// <summary>
    /// Retry a transient failure, unless the provider asked to wait longer than the walk has left, or this failure opened
    /// its circuit (the breaker would refuse the retry, so waiting a backoff for it only delays the next provider).
    /// </summary>
    private static bool ShouldRetry(Exception? exception, ResilienceContext context, bool lastAttempt, CircuitBreakerStateProvider? breaker)
    {
        if (lastAttempt || !FailureClassifier.IsTransient(exception) || breaker is { CircuitState: Polly.CircuitBreaker.CircuitState.Open or Polly.CircuitBreaker.CircuitState.Isolated })
        {
            return false;
        }

        ChainRun run = ChainRun.Of(context);
        if (exception is ProviderFailure { RetryAfter: { } wait } && wait > run.Remaining)
        {
            run.RetryAfterBeyondDeadline = wait;
            return false;
        }

        return true;
    }

    /// <summary>
    /// The wait before retry <paramref name="attempt"/> + 1: the provider's Retry-After when it sent one (even beyond
    /// maxBackoffMs), else backoffMs doubled per retry, jittered by ±20 %, capped at maxBackoffMs.
    /// </summary>
    private TimeSpan Delay(int attempt, Exception? exception)
    {
        if (exception is ProviderFailure { RetryAfter: { } wait })
        {
            return wait;
        }

        double exponential = policy.BackoffMs * Math.Pow(2, attempt);
        double jittered = exponential * (0.8 + (0.4 * jitter.Next()));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, policy.MaxBackoffMs));
    }
}

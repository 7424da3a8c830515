using Polly.Timeout;

namespace OpenClaw.Rpc.Resilience;

/// <summary>Which outcomes the retry and the circuit breaker treat as transient.</summary>
internal static class FailureClassifier
{
    /// <summary>Transient: worth another attempt on the same provider, and counted by its breaker.</summary>
    public static bool IsTransient(Exception? exception) => exception switch
    {
        ProviderFailure failure => failure.Kind == FailureClass.Transient,
        TimeoutRejectedException => true,
        _ => false,
    };
}

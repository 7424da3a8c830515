using System.Globalization;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>
/// <c>selfHealing</c>: the policy is within its bounds (fail names the key when start-up refused it), warns when the kill
/// switch is on or <c>backoffMs</c> raised <c>maxBackoffMs</c>.
/// </summary>
internal sealed class SelfHealingDoctorCheck(SelfHealingPolicy policy, RuntimeSettings settings) : IDoctorCheck
{
    public string Id => "selfHealing";

    public Task<DoctorCheckResult> RunAsync(DoctorRun run, CancellationToken cancellationToken)
    {
        if (settings.ConfigError is { } error && IsSelfHealingKey(error.Key))
        {
            return Done(DoctorCheckResult.Fail, $"{error.Key}: {error.Reason}",
                "bounds: maxAttempts 1..6, backoffMs 0..5000, maxBackoffMs 0..60000, attemptTimeoutMs 100..300000");
        }

        string breaker = policy.CircuitBreaker ? ", circuit breaker per provider" : string.Empty;
        string summary = string.Create(CultureInfo.InvariantCulture,
            $"{policy.MaxAttempts} attempts per provider, backoff {policy.BackoffMs}..{policy.MaxBackoffMs} ms, attempt timeout {policy.AttemptTimeoutMs} ms{breaker}");
        if (!policy.Enabled)
        {
            return Done(DoctorCheckResult.Warn, "self-healing is off (kill switch): one attempt on the first provider, no fallback", summary);
        }

        return policy.MaxBackoffRaised
            ? Done(DoctorCheckResult.Warn, "backoffMs is above maxBackoffMs, which was raised to match", summary)
            : Done(DoctorCheckResult.Pass, $"on: {summary}");
    }

    /// <summary>Config keys and environment variables that belong to self-healing.</summary>
    public static bool IsSelfHealingKey(string key) =>
        key.StartsWith(SelfHealingConfigKeys.Section, StringComparison.Ordinal) || key.StartsWith("OPENCLAW_SELF_HEAL_", StringComparison.Ordinal);

    private Task<DoctorCheckResult> Done(string status, string message, string? detail = null) =>
        Task.FromResult(new DoctorCheckResult(Id, status, message, detail));
}

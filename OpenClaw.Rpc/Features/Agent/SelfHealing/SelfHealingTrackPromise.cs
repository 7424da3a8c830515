using System.Globalization;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>Core promises conservative recovery: at most 3 attempts per provider and no circuit breaker.</summary>
internal sealed class SelfHealingTrackPromise(SelfHealingPolicy policy) : ITrackPromise
{
    public string? Broken()
    {
        if (policy.Track != RuntimeTrack.Core || !policy.Enabled)
        {
            return null;
        }

        var broken = new List<string>();
        if (policy.MaxAttempts > SelfHealingPolicy.CoreMaxAttemptsPromise)
        {
            broken.Add(string.Create(CultureInfo.InvariantCulture,
                $"{SelfHealingConfigKeys.MaxAttempts.Key} is {policy.MaxAttempts}; core promises at most {SelfHealingPolicy.CoreMaxAttemptsPromise}"));
        }

        if (policy.CircuitBreaker)
        {
            broken.Add($"{SelfHealingConfigKeys.CircuitBreaker.Key} is on; core promises none (use openclaw-edge)");
        }

        return broken.Count == 0 ? null : string.Join("; ", broken);
    }
}

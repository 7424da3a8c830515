using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Agent.SelfHealing;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>
/// <c>transport.insecureHttp</c> for LLM providers (critical when a key would be sent in clear) and
/// <c>selfHealing.bounds</c>: self-healing settings outside their bounds (start-up refuses them), or the kill switch on.
/// </summary>
internal sealed class AgentAuditRule(AgentOptions options, SelfHealingPolicy policy, RuntimeSettings settings) : IAuditRule
{
    public Task<IReadOnlyList<AuditFinding>> EvaluateAsync(AuditRun run, CancellationToken cancellationToken)
    {
        var findings = new List<AuditFinding>();
        foreach (AgentProviderOptions provider in options.Providers.Where(p => p.Declared))
        {
            findings.AddIfAny(InsecureTransportAudit.Check($"agent provider {provider.Id}", AgentConfigKeys.Provider(provider.Id).BaseUrl.Key,
                provider.BaseUrl, provider.DisplayUrl, provider.ApiKey is not null));
        }

        if (settings.ConfigError is { } error && SelfHealingDoctorCheck.IsSelfHealingKey(error.Key))
        {
            findings.Add(new AuditFinding("selfHealing.bounds", AuditFinding.Warn, "self-healing is configured beyond its bounds",
                $"{error.Key}: {error.Reason}", "keep maxAttempts 1..6, backoffMs 0..5000, maxBackoffMs 0..60000, attemptTimeoutMs 100..300000"));
        }
        else if (!policy.Enabled)
        {
            findings.Add(new AuditFinding("selfHealing.bounds", AuditFinding.Info, "self-healing is off (kill switch)",
                $"{SelfHealingConfigKeys.Enabled.Key} is false: one attempt on the first provider, no fallback", "set it to true unless this is deliberate"));
        }

        return Task.FromResult<IReadOnlyList<AuditFinding>>(findings);
    }
}

using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>The agent's provider chain, walked with the self-healing policy (retries, backoff, edge's breakers, the attempt timeout).</summary>
internal sealed class SelfHealingChain(SelfHealingPolicy policy, ChainServices services) : ProviderChain(policy.Chain, "selfHealing", services);

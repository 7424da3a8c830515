using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Agent.SelfHealing;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>Answers <c>agent.providers</c>: every provider, whether it can be called (never its key), the default chain and, on edge, circuit states.</summary>
internal sealed class AgentProvidersHandler(AgentOptions options, SelfHealingPolicy policy, AgentChainPlanner planner, SelfHealingChain chain) : IAgentProviders
{
    public Task<AgentProvidersResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        List<AgentProviderView> providers = [.. options.Providers.Select(p => new AgentProviderView(p.Id, p.Api, p.DisplayUrl, p.Declared, p.Configured,
            p.ApiKey is not null, p.KeyRequired ? p.KeySource : null, p.NotConfiguredReason, [.. p.Models.Select(m => m.Id)],
            policy.CircuitBreaker && policy.Enabled ? chain.CircuitState(p.Id) ?? "closed" : null))];
        return Task.FromResult(new AgentProvidersResult(providers, [.. planner.DefaultChain().Select(c => c.ToString())],
            new AgentSelfHealingView(policy.Enabled, policy.Track.WireName(), policy.View)));
    }
}

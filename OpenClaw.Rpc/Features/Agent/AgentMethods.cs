using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>Routes each agent method to its handler.</summary>
internal sealed class AgentMethods(AgentRunHandler run, AgentProvidersHandler providers) : IAgentMethods
{
    public Task<AgentRunResult> RunAsync(AgentRunParams? parameters = null, CancellationToken cancellationToken = default) =>
        run.InvokeAsync(parameters ?? new AgentRunParams(null, null, null, null, null, null, null), cancellationToken);

    public Task<AgentProvidersResult> ProvidersAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(providers.Invoke());
}

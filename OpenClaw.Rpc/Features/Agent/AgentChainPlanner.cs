using OpenClaw.Rpc.Features.Agent.SelfHealing;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>
/// The chain for one run: the model the request names (if any), then <c>agents.defaults.model.primary</c> and its
/// fallbacks, without repeats. With no primary configured, every declared provider and every well-known cloud provider
/// with a key, in that order. Unconfigured entries stay in the chain: the orchestrator reports them as skipped.
/// </summary>
internal sealed class AgentChainPlanner(AgentOptions options)
{
    /// <summary>The configured default chain, as a run that names no provider or model walks it.</summary>
    public IReadOnlyList<ChainCandidate> DefaultChain() => Plan(provider: null, model: null);

    public IReadOnlyList<ChainCandidate> Plan(string? provider, string? model)
    {
        var chain = new List<ChainCandidate>();
        if (Requested(provider, model) is { } requested)
        {
            chain.Add(requested);
        }

        IEnumerable<ChainCandidate> defaults = options.Primary is { } primary
            ? new[] { primary }.Concat(options.Fallbacks).Select(Candidate)
            : options.Providers.Where(p => p.Declared || (p.Configured && p.KeyRequired)).Select(p => new ChainCandidate(p, p.DefaultModel));
        foreach (ChainCandidate candidate in defaults)
        {
            if (!chain.Any(c => c.Provider.Id == candidate.Provider.Id && c.Model == candidate.Model))
            {
                chain.Add(candidate);
            }
        }

        return chain;
    }

    private ChainCandidate? Requested(string? provider, string? model)
    {
        provider = provider?.Trim().ToLowerInvariant() is { Length: > 0 } p ? p : null;
        model = model?.Trim() is { Length: > 0 } m ? m : null;
        if (provider is null && model is not null && ModelRef.TryParse(model, out ModelRef reference) && options.Provider(reference.Provider) is not null)
        {
            return Candidate(reference);
        }

        if (provider is null && model is null)
        {
            return null;
        }

        string id = provider ?? options.Primary?.Provider ?? options.Providers.FirstOrDefault(p => p.Configured)?.Id
            ?? throw RpcException.InvalidParams("$.model", "name the provider too (\"provider/model\"): no default provider is configured");
        AgentProviderOptions chosen = options.Provider(id)
            ?? throw RpcException.InvalidParams("$.provider", $"unknown provider {id}; known: {string.Join(", ", options.Providers.Select(p => p.Id))}");
        return new ChainCandidate(chosen, model ?? chosen.DefaultModel);
    }

    private ChainCandidate Candidate(ModelRef reference) => new(options.Provider(reference.Provider)!, reference.Model);
}

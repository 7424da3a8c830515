namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>One step of a provider chain: a provider and the model to ask it for.</summary>
internal sealed record ChainCandidate(AgentProviderOptions Provider, string Model)
{
    public override string ToString() => $"{Provider.Id}/{Model}";
}

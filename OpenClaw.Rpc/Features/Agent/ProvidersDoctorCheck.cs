using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Agent.Providers;
using OpenClaw.Rpc.Features.Agent.SelfHealing;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>
/// <c>providers</c>: when a chain is configured, some provider in it can be called (fail otherwise: <c>agent.run</c> would
/// fail); warns about chain entries that lack their key, and when no provider is configured at all (the agent is unused).
/// Base URLs were checked when the config loaded. With <c>--deep</c> each configured provider is probed (its model
/// list, with the key, bounded by a timeout): warn when some do not answer well, fail when none does.
/// </summary>
internal sealed class ProvidersDoctorCheck(AgentChainPlanner planner, RuntimeSettings settings, ProviderProbe probe) : IDoctorCheck
{
    public string Id => "providers";

    public async Task<DoctorCheckResult> RunAsync(DoctorRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        DoctorCheckResult result = Configured();
        if (!run.Deep || result.Status == DoctorCheckResult.Fail)
        {
            return result;
        }

        // --deep: ask every configured provider of the chain at once, each bounded by the probe timeout.
        AgentProviderOptions[] providers = [.. planner.DefaultChain().Select(c => c.Provider).Where(p => p.Configured).DistinctBy(p => p.Id)];
        if (providers.Length == 0)
        {
            return result;
        }

        ProbeResult[] probes = await Task.WhenAll(providers.Select(p => probe.ProbeAsync(p, cancellationToken))).ConfigureAwait(false);
        string detail = string.Join("; ", providers.Zip(probes, (p, r) => $"{p.Id}: {r.Text}"));
        int healthy = probes.Count(r => r.Healthy);
        return healthy == probes.Length
            ? result with { Detail = result.Detail is null ? $"probed: {detail}" : $"{result.Detail}; probed: {detail}" }
            : new DoctorCheckResult(Id, healthy == 0 ? DoctorCheckResult.Fail : DoctorCheckResult.Warn,
                healthy == 0 ? "no provider in the agent chain answered the probe" : $"{probes.Length - healthy} of {probes.Length} probed providers did not answer well",
                detail);
    }

    private DoctorCheckResult Configured()
    {
        if (settings.ConfigError is { } error && (error.Key.StartsWith("models.", StringComparison.Ordinal) || error.Key.StartsWith("agents.", StringComparison.Ordinal)))
        {
            return Done(DoctorCheckResult.Fail, $"{error.Key}: {error.Reason}");
        }

        IReadOnlyList<ChainCandidate> chain = planner.DefaultChain();
        string detail = string.Join("; ", chain.Select(c => $"{c}: {(c.Provider.Configured ? KeyText(c.Provider) : c.Provider.NotConfiguredReason)}"));
        int usable = chain.Count(c => c.Provider.Configured);
        if (chain.Count == 0)
        {
            return Done(DoctorCheckResult.Warn,
                "no agent provider is configured (agent.run will fail): set OPENAI_API_KEY, ANTHROPIC_API_KEY or OPENROUTER_API_KEY, or declare models.providers");
        }

        if (usable == 0)
        {
            return Done(DoctorCheckResult.Fail, "no provider in the configured agent chain can be called", detail);
        }

        return usable < chain.Count
            ? Done(DoctorCheckResult.Warn, $"{chain.Count - usable} of {chain.Count} providers in the agent chain cannot be called", detail)
            : Done(DoctorCheckResult.Pass, $"{usable} provider{(usable == 1 ? string.Empty : "s")} in the agent chain: {string.Join(", ", chain)}", detail);
    }

    private static string KeyText(AgentProviderOptions provider) => provider.KeyRequired ? $"key from {provider.KeySource}" : "keyless";

    private DoctorCheckResult Done(string status, string message, string? detail = null) => new(Id, status, message, detail);
}

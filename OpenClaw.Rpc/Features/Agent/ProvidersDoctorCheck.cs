using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Agent.SelfHealing;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>
/// <c>providers</c>: when a chain is configured, some provider in it can be called (fail otherwise: <c>agent.run</c> would
/// fail); warns about chain entries that lack their key, and when no provider is configured at all (the agent is unused).
/// Base URLs were checked when the config loaded.
/// </summary>
internal sealed class ProvidersDoctorCheck(AgentChainPlanner planner, RuntimeSettings settings) : IDoctorCheck
{
    public string Id => "providers";

    public Task<DoctorCheckResult> RunAsync(DoctorRun run, CancellationToken cancellationToken)
    {
        if (settings.ConfigError is { } error && (error.Key.StartsWith("models.", StringComparison.Ordinal) || error.Key.StartsWith("agents.", StringComparison.Ordinal)))
        {
            return Done(DoctorCheckResult.Fail, $"{error.Key}: {error.Reason}");
        }

        IReadOnlyList<ChainCandidate> chain = planner.Plan(null, null);
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

    private Task<DoctorCheckResult> Done(string status, string message, string? detail = null) =>
        Task.FromResult(new DoctorCheckResult(Id, status, message, detail));
}

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>
/// The agent settings in force: providers (declared in <c>models.providers</c> plus the well-known ones), the
/// default chain (<c>agents.defaults.model</c>), and the bounds of one run.
/// </summary>
internal sealed record AgentOptions
{
    public const int DefaultRunTimeoutMs = 600_000;
    public const int DefaultMaxMessageLength = 200_000;
    public const int DefaultMaxConcurrentRuns = 8;

    /// <summary>Every provider by id, declared ones first in file order.</summary>
    public required IReadOnlyList<AgentProviderOptions> Providers { get; init; }

    /// <summary><c>agents.defaults.model.primary</c>, or null when not set (then the configured providers are the chain).</summary>
    public ModelRef? Primary { get; init; }

    /// <summary><c>agents.defaults.model.fallbacks</c>.</summary>
    public IReadOnlyList<ModelRef> Fallbacks { get; init; } = [];

    /// <summary>Default bound of a whole run; <c>agent.run {timeoutMs}</c> overrides it.</summary>
    public int RunTimeoutMs { get; init; } = DefaultRunTimeoutMs;

    public int MaxMessageLength { get; init; } = DefaultMaxMessageLength;

    /// <summary>Runs on different sessions proceed in parallel up to this bound; more wait their turn.</summary>
    public int MaxConcurrentRuns { get; init; } = DefaultMaxConcurrentRuns;

    /// <summary><c>agents.defaults.system</c>: a system prompt for every run that does not bring its own.</summary>
    public string? SystemPrompt { get; init; }

    public AgentProviderOptions? Provider(string id) => Providers.FirstOrDefault(p => p.Id == id);
}

using OpenClaw.Rpc.Features.Tools;

namespace OpenClaw.Rpc.Features.Agent.Tools;

/// <summary>What one run's tool calls share: the tools offered, the session's "always" answers, the repeat guard and the hooks.</summary>
internal sealed class ToolRunState(IReadOnlyList<ToolDefinition> tools, Dictionary<string, bool> decisions, string? sessionKey, AgentToolHooks hooks)
{
    private readonly Dictionary<string, ToolDefinition> _byName = tools.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public IReadOnlyList<ToolDefinition> Tools => tools;

    /// <summary>The session's "allow always" (true) and "reject always" (false) answers, updated as the user answers.</summary>
    public Dictionary<string, bool> Decisions => decisions;

    public string? SessionKey => sessionKey;

    public AgentToolHooks Hooks => hooks;

    public ToolRepeatGuard Guard { get; } = new();

    public ToolDefinition? Find(string name) => _byName.GetValueOrDefault(name);
}

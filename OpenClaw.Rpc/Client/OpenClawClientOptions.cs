namespace OpenClaw.Rpc.Client;

/// <summary>How <see cref="OpenClawClient.StartAsync"/> starts the runtime and how long it waits for it to stop.</summary>
public sealed class OpenClawClientOptions
{
    /// <summary>Arguments after the binary's path, for example <c>--config</c> and a path.</summary>
    public IList<string> Arguments { get; } = [];

    /// <summary>Variables set in the runtime's environment on top of this process's.</summary>
    public IDictionary<string, string> Environment { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The name <c>initialize</c> gives as <c>clientInfo.name</c> (the runtime logs it).</summary>
    public string ClientName { get; set; } = "OpenClaw.Rpc.Client";

    /// <summary>
    /// Answers the runtime's approval requests (<c>agent.requestApproval</c>) for tool calls the policy asks about. When
    /// set, <c>initialize</c> declares <c>capabilities.approvals</c>; when not, the runtime never asks and follows
    /// <c>tools.askFallback</c> (deny by default).
    /// </summary>
    public Func<ApprovalRequest, CancellationToken, Task<ApprovalAnswer>>? OnApproval { get; set; }

    /// <summary>How long disposing waits for <c>shutdown</c> and <c>exit</c> to end the runtime before it kills it.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(5);
}

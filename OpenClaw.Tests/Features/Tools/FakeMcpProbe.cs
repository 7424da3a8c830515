using System.Collections.Concurrent;
using System.Text.Json;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tools.Mcp;

namespace OpenClaw.Tests.Features.Tools;

/// <summary>An <see cref="IMcpProbe"/> that answers from a script per server (or never), and records what it was asked.</summary>
internal sealed class FakeMcpProbe(Func<McpServerOptions, Task<McpToolList>> answer) : IMcpProbe
{
    public ConcurrentQueue<(string Server, TimeSpan Bound)> Calls { get; } = new();

    /// <summary>Completes when the first call arrives.</summary>
    public TaskCompletionSource Called { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<McpToolList> ProbeAsync(McpServerOptions server, TimeSpan bound, CancellationToken cancellationToken)
    {
        Calls.Enqueue((server.Name, bound));
        Called.TrySetResult();
        return answer(server);
    }

    /// <summary>Tools named <c>&lt;server&gt;__&lt;tool&gt;</c> for each of <paramref name="tools"/>.</summary>
    public static McpToolList Tools(McpServerOptions server, params string[] tools) =>
        new([.. tools.Select(t => new ToolDefinition($"{server.Name}__{t}", server.Name, t, null, JsonDocument.Parse("{}").RootElement.Clone()))], []);
}

using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tools.Mcp;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Processes;

namespace OpenClaw.Tests.Features.Tools;

/// <summary>
/// <see cref="McpServers"/> as production wires it (real processes, the detected containment, its own child registry),
/// with the log kept for assertions, and the options of the tests' own fake server (fake-mcp-server.mjs).
/// </summary>
internal sealed class McpTestServers : IAsyncDisposable
{
    private readonly StringBuilder _log = new();

    public McpTestServers(TimeProvider? time = null)
    {
        if (!ExecutableResolver.Resolve("node").Found)
        {
            Assert.Ignore("node is not installed, so the test MCP servers cannot run");
        }

        TimeProvider clock = time ?? TimeProvider.System;
        var log = new RuntimeLog(TextWriter.Synchronized(new StringWriter(_log)), LogLevel.Debug, Secrets, clock);
        Servers = new McpServers(new McpServerLauncher(ChildContainment.Detect(), Children, Secrets, log, clock), Secrets, clock);
    }

    public static string Script => Path.Combine(AppContext.BaseDirectory, "Features", "Tools", "fake-mcp-server.mjs");

    public ChildProcessRegistry Children { get; } = new();

    public SecretRedactor Secrets { get; } = new();

    public McpServers Servers { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>The fake server named <paramref name="name"/>, started with <paramref name="arguments"/>.</summary>
    public static McpServerOptions Fake(string name, params string[] arguments) =>
        new() { Name = name, Command = "node", Args = [Script, .. arguments], TimeoutSeconds = 20 };

    /// <summary>Lists <paramref name="server"/> and returns its tool named <paramref name="tool"/> (the server's own name).</summary>
    public async Task<ToolDefinition> ToolAsync(McpServerOptions server, string tool, CancellationToken cancellationToken)
    {
        McpToolList list = await Servers.ListToolsAsync([server], cancellationToken);
        Assert.That(list.Problems, Is.Empty);
        return list.Tools.Single(t => t.ServerTool == tool);
    }

    public static JsonElement Arguments(string json) => JsonDocument.Parse(json).RootElement.Clone();

    public ValueTask DisposeAsync() => Servers.DisposeAsync();
}

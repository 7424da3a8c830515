using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.Tools.Mcp;
using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Features.Tools;

/// <summary>Registers agent tools: the MCP servers they come from.</summary>
public static class ToolsBuilderExtensions
{
    /// <summary>
    /// Adds the MCP client runtime. Nothing starts here: a server starts on the first listing that needs it, and the
    /// container's disposal (and the host's child registry, whatever ends the runtime) stops them all.
    /// </summary>
    public static OpenClawServerBuilder WithTools(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WithProcessRunner();
        builder.Services.TryAddSingleton<McpServerLauncher>();
        builder.Services.TryAddSingleton<McpServers>();
        return builder;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.Tools.Mcp;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Features.Tools;

/// <summary>
/// Registers agent tools: the policy and the MCP servers they come from, their doctor check, audit rule, settings and
/// counters.
/// </summary>
public static class ToolsBuilderExtensions
{
    /// <summary>
    /// Adds tools. Invalid <c>tools.*</c> or <c>mcp.servers.*</c> config stops start-up here, naming the key. Only the
    /// config is read: a server starts on the first run that needs its tools, and the container's disposal (and the
    /// host's child registry, whatever ends the runtime) stops them all.
    /// </summary>
    public static OpenClawServerBuilder WithTools(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ToolsOptions options = ToolsOptionsLoader.Load(builder.Settings);
        foreach (McpServerOptions server in options.Servers)
        {
            // Header values are credentials more often than not, whatever the header is called.
            foreach (string value in server.Headers.Values.Concat(server.Env.Where(e => SecretRedactor.IsSecretName(e.Key)).Select(e => e.Value)))
            {
                builder.Redactor.Add(value);
            }
        }

        builder.WithProcessRunner();
        builder.Services.TryAddSingleton(options);
        builder.Services.TryAddSingleton<ToolPolicy>();
        builder.Services.TryAddSingleton<McpServerLauncher>();
        builder.Services.TryAddSingleton<McpServers>();
        builder.Services.TryAddSingleton<IMcpProbe>(s => s.GetRequiredService<McpServers>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IChildOwner, McpServers>(s => s.GetRequiredService<McpServers>()));
        builder.Services.TryAddSingleton<ToolCallCounters>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IMetricsSource, ToolCallCounters>(s => s.GetRequiredService<ToolCallCounters>()));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, McpDoctorCheck>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuditRule, ToolsAuditRule>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IEffectiveSettings, ToolsEffectiveSettings>());
        return builder;
    }
}

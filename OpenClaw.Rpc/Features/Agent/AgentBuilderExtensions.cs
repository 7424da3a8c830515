using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.Agent.Providers;
using OpenClaw.Rpc.Features.Agent.SelfHealing;
using OpenClaw.Rpc.Features.Agent.Tools;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>Registers the agent runtime: providers, the self-healing orchestrator and the agent.* methods.</summary>
public static class AgentBuilderExtensions
{
    /// <summary>
    /// Adds agent runs. Needs sessions and tools (<c>WithSessions</c>, <c>WithTools</c>). Invalid <c>models.*</c>, <c>agents.*</c> or
    /// <c>runtime.selfHealing.*</c> config stops start-up here, naming the key.
    /// </summary>
    public static OpenClawServerBuilder WithAgent(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        SelfHealingPolicy policy = SelfHealingPolicyLoader.Load(builder.Settings, builder.Environment);
        AgentOptions options = AgentOptionsLoader.Load(builder.Settings, builder.Environment);
        foreach (AgentProviderOptions provider in options.Providers)
        {
            // A key read through apiKeyEnv may live in a variable whose name does not look secret.
            builder.Redactor.Add(provider.ApiKey);
        }

        builder.WithProviderChains();
        builder.Services.TryAddSingleton(policy);
        builder.Services.TryAddSingleton(options);
        builder.Services.TryAddSingleton<ChatClients>();
        builder.Services.TryAddSingleton<ProviderProbe>();
        builder.Services.TryAddSingleton<SelfHealingChain>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IMetricsSource, SelfHealingCounters>());
        builder.Services.TryAddSingleton<SelfHealingOrchestrator>();
        builder.Services.TryAddSingleton<AgentChainPlanner>();
        builder.Services.TryAddSingleton<AgentToolbox>();
        builder.Services.TryAddSingleton<ToolCallRunner>();
        builder.Services.TryAddSingleton<ToolLoop>();
        builder.Services.TryAddSingleton<AgentTurnRunner>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, SelfHealingDoctorCheck>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, ProvidersDoctorCheck>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ITrackPromise, SelfHealingTrackPromise>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuditRule, AgentAuditRule>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IEffectiveSettings, AgentEffectiveSettings>());
        builder.ConfigKeys.Add(SelfHealingConfigKeys.Owned);
        // models.* and agents.* are upstream sections with keys this runtime does not read: never flagged as typos.
        return builder
            .AddContract<IAgentRun, AgentRunHandler>()
            .AddContract<IAgentProviders, AgentProvidersHandler>()
            .AddJsonMetadata(AgentJsonContext.Default);
    }
}

using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.Agent.Providers;
using OpenClaw.Rpc.Features.Agent.SelfHealing;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>Registers the agent runtime: providers, the self-healing orchestrator and the agent.* methods.</summary>
public static class AgentBuilderExtensions
{
    /// <summary>
    /// Adds agent runs. Needs sessions (<c>WithSessions</c>). Invalid <c>models.*</c>, <c>agents.*</c> or
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

        builder.Services.AddSingleton(policy);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(services => new ChatHttp(ChatHttp.DefaultHandler, services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<ChatClients>();
        builder.Services.AddSingleton<ProviderProbe>();
        builder.Services.AddSingleton<ProviderPipelines>();
        builder.Services.AddSingleton<SelfHealingCounters>();
        builder.Services.AddSingleton<IMetricsSource>(services => services.GetRequiredService<SelfHealingCounters>());
        builder.Services.AddSingleton<SelfHealingOrchestrator>();
        builder.Services.AddSingleton<AgentChainPlanner>();
        builder.Services.AddSingleton<AgentRunHandler>();
        builder.Services.AddSingleton<AgentProvidersHandler>();
        builder.Services.AddSingleton<IDoctorCheck, SelfHealingDoctorCheck>();
        builder.Services.AddSingleton<IDoctorCheck, ProvidersDoctorCheck>();
        builder.Services.AddSingleton<ITrackPromise, SelfHealingTrackPromise>();
        builder.Services.AddSingleton<IAuditRule, AgentAuditRule>();
        builder.Services.AddSingleton<IEffectiveSettings, AgentEffectiveSettings>();
        builder.ConfigKeys.Add(SelfHealingPolicyLoader.Prefix, [.. SelfHealingPolicyLoader.Knobs.Select(k => k.Key)]);
        // models.* and agents.* are upstream sections with keys this runtime does not read: never flagged as typos.
        return builder.AddContract<IAgentMethods, AgentMethods>().AddJsonMetadata(AgentJsonContext.Default);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.Sessions;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>Registers the Agent Client Protocol dialect (<c>&lt;binary&gt; acp</c>): ACP sessions are the durable sessions, answered by the agent engine.</summary>
public static class AcpBuilderExtensions
{
    /// <summary>Adds ACP. Needs sessions and agent runs (<c>WithSessions</c>, <c>WithAgent</c>), which it serves.</summary>
    public static OpenClawServerBuilder WithAcp(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<AcpPromptRuns>();
        builder.Services.TryAddSingleton<AcpSessionUpdates>();
        builder.Services.TryAddSingleton<AcpSessionServers>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ISessionDeletionListener, AcpSessionServers>(s => s.GetRequiredService<AcpSessionServers>()));
        return builder
            .AddContract<IAcpInitialize, AcpInitializeHandler>(AcpDialect.Name)
            .AddContract<IAcpAuthenticate, AcpAuthenticateHandler>(AcpDialect.Name)
            .AddContract<ISessionNew, SessionNewHandler>(AcpDialect.Name)
            .AddContract<ISessionLoad, SessionLoadHandler>(AcpDialect.Name)
            .AddContract<ISessionList, SessionListHandler>(AcpDialect.Name)
            .AddContract<ISessionPrompt, SessionPromptHandler>(AcpDialect.Name)
            .AddContract<ISessionCancel, SessionCancelHandler>(AcpDialect.Name)
            .AddJsonMetadata(AcpJsonContext.Default);
    }
}

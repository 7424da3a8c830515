using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Storage;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Registers durable sessions: the transcript store the agent runtime uses and the sessions.* methods.</summary>
public static class SessionsBuilderExtensions
{
    /// <summary>Adds sessions. Invalid <c>sessions.*</c> config stops start-up here, naming the key.</summary>
    public static OpenClawServerBuilder WithSessions(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(SessionOptionsLoader.Load(builder.Settings));
        builder.Services.TryAddSingleton<StateFileWriter>();
        builder.Services.TryAddSingleton<TranscriptFile>();
        builder.Services.TryAddSingleton<SessionIndexRebuilder>();
        builder.Services.TryAddSingleton<SessionIndex>();
        builder.Services.TryAddSingleton<SessionKeyLocks>();
        builder.Services.TryAddSingleton<SessionStore>();
        builder.Services.TryAddSingleton<SessionCountCheck>();
        builder.Services.TryAddSingleton<SessionArchiver>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuditRule, SessionsAuditRule>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IStatePathOwner, SessionFilesOwner>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IEffectiveSettings, SessionsEffectiveSettings>());
        builder.ConfigKeys.Add(SessionsConfigKeys.Owned);
        return builder
            .AddContract<ISessionsList, SessionsListHandler>()
            .AddContract<ISessionsHistory, SessionsHistoryHandler>()
            .AddContract<ISessionsReset, SessionsResetHandler>()
            .AddContract<ISessionsDelete, SessionsDeleteHandler>()
            .AddJsonMetadata(SessionsJsonContext.Default);
    }
}

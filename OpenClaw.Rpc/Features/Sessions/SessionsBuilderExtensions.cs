using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Registers durable sessions: the transcript store the agent runtime uses and the sessions.* methods.</summary>
public static class SessionsBuilderExtensions
{
    /// <summary>Adds sessions. Invalid <c>sessions.*</c> config stops start-up here, naming the key.</summary>
    public static OpenClawServerBuilder WithSessions(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(SessionOptionsLoader.Load(builder.Settings));
        builder.Services.AddSingleton<TranscriptFile>();
        builder.Services.AddSingleton<SessionIndexRebuilder>();
        builder.Services.AddSingleton<SessionIndex>();
        builder.Services.AddSingleton<SessionKeyLocks>();
        builder.Services.AddSingleton<SessionStore>();
        builder.Services.AddSingleton<SessionArchiver>();
        builder.Services.AddSingleton<SessionsListHandler>();
        builder.Services.AddSingleton<SessionsHistoryHandler>();
        builder.Services.AddSingleton<SessionsResetHandler>();
        builder.Services.AddSingleton<SessionsDeleteHandler>();
        builder.Services.AddSingleton<IAuditRule, SessionsAuditRule>();
        builder.Services.AddSingleton<IStatePathOwner, SessionFilesOwner>();
        builder.Services.AddSingleton<IEffectiveSettings, SessionsEffectiveSettings>();
        builder.ConfigKeys.Add("sessions", "maxHistoryMessages", "maxHistoryChars");
        return builder.AddContract<ISessionsMethods, SessionsMethods>().AddJsonMetadata(SessionsJsonContext.Default);
    }
}

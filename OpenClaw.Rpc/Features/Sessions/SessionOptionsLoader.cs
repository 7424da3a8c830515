using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Reads <c>sessions.*</c>; an out-of-range value stops start-up naming the key.</summary>
internal static class SessionOptionsLoader
{
    public static SessionOptions Load(RuntimeSettings settings)
    {
        ConfigDocument config = settings.Config;
        return new SessionOptions
        {
            Directory = Path.Combine(settings.StateDir, "sessions"),
            MaxHistoryMessages = config.GetInt(SessionsConfigKeys.MaxHistoryMessages.Key, 1, 200) ?? SessionOptions.DefaultMaxHistoryMessages,
            MaxHistoryChars = config.GetInt(SessionsConfigKeys.MaxHistoryChars.Key, 1000, 1_000_000) ?? SessionOptions.DefaultMaxHistoryChars,
        };
    }
}

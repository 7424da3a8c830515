using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// Every <c>sessions.*</c> key, listed once: <see cref="SessionOptionsLoader"/> reads them,
/// <see cref="SessionsEffectiveSettings"/> shows them and doctor flags any other key under <c>sessions</c>.
/// </summary>
internal static class SessionsConfigKeys
{
    public static readonly ConfigKey MaxHistoryMessages = new("sessions.maxHistoryMessages");

    public static readonly ConfigKey MaxHistoryChars = new("sessions.maxHistoryChars");

    /// <summary>Every key above.</summary>
    public static readonly IReadOnlyList<ConfigKey> All = [MaxHistoryMessages, MaxHistoryChars];

    /// <summary>The section sessions owns: every key above.</summary>
    public static readonly IReadOnlyList<ConfigSection> Owned = [new("sessions", All)];
}

namespace OpenClaw.Rpc.Configuration;

/// <summary>
/// The host's settings, listed once: <see cref="RuntimeSettingsLoader"/> reads them, the host's <c>config.get</c>
/// entries show them and doctor flags any other key under <c>runtime.rpc</c> or <c>logging</c>.
/// </summary>
internal static class HostConfigKeys
{
    /// <summary>A setting, not a file key: the config file cannot say where the state dir (and so itself) is.</summary>
    public static readonly ConfigKey StateDir = new("stateDir", "OPENCLAW_STATE_DIR");

    /// <summary>A setting, not a file key, like <see cref="StateDir"/>.</summary>
    public static readonly ConfigKey ConfigPath = new("configPath", "OPENCLAW_CONFIG_PATH");

    public static readonly ConfigKey MaxMessageBytes = new("runtime.rpc.maxMessageBytes", "OPENCLAW_MAX_MESSAGE_BYTES");

    public static readonly ConfigKey MaxInFlight = new("runtime.rpc.maxInFlight", "OPENCLAW_MAX_IN_FLIGHT");

    public static readonly ConfigKey LogLevel = new("logging.level", "OPENCLAW_LOG_LEVEL");

    public static readonly ConfigKey LogFile = new("logging.file", "OPENCLAW_LOG_FILE");

    /// <summary>Every setting above.</summary>
    public static readonly IReadOnlyList<ConfigKey> All = [StateDir, ConfigPath, MaxMessageBytes, MaxInFlight, LogLevel, LogFile];

    /// <summary>The sections the host owns: every file key above.</summary>
    public static readonly IReadOnlyList<ConfigSection> Owned =
    [
        new("runtime.rpc", [MaxMessageBytes, MaxInFlight]),
        new("logging", [LogLevel, LogFile]),
    ];
}

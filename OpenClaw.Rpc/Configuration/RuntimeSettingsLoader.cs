using System.Globalization;
using System.Text;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Storage;

namespace OpenClaw.Rpc.Configuration;

/// <summary>
/// Resolves the state dir, the config file and the host options with the precedence
/// flag &gt; environment &gt; config file &gt; track default. Throws <see cref="ConfigException"/> naming the key.
/// </summary>
internal static class RuntimeSettingsLoader
{
    /// <summary>The largest config file read: a config is a few kilobytes, and a path to /dev/zero or a huge file must not fill memory.</summary>
    internal const int MaxConfigBytes = 4 * 1024 * 1024;

    private static readonly string ConfigPathKey = $"--config / {HostConfigKeys.ConfigPath.Variables[0]}";

    /// <summary>Loads the settings; <paramref name="redactor"/> learns every secret value it meets.</summary>
    public static RuntimeSettings Load(RuntimeTrack track, GlobalOptions flags, IEnvironmentReader environment, SecretRedactor redactor)
    {
        var sources = new Dictionary<string, ValueSource>(StringComparer.Ordinal);
        (string stateDir, string configPath) = ResolvePaths(flags, environment, redactor, sources);
        bool explicitConfig = sources[HostConfigKeys.ConfigPath.Key] != ValueSource.Default;
        ConfigDocument config = ReadConfig(configPath, explicitConfig, environment);
        foreach (string secret in config.SecretValues())
        {
            redactor.Add(secret);
        }

        HostOptions defaults = HostOptions.ForTrack(track);
        var host = new HostOptions
        {
            MaxMessageBytes = PickInt(HostConfigKeys.MaxMessageBytes, environment, config,
                HostOptions.MinMessageBytes, HostOptions.MaxMessageBytesLimit, defaults.MaxMessageBytes, sources),
            MaxInFlight = PickInt(HostConfigKeys.MaxInFlight, environment, config, 1, HostOptions.MaxInFlightLimit, defaults.MaxInFlight, sources),
            LogLevel = ParseLogLevel(Pick(HostConfigKeys.LogLevel, flags.LogLevel, environment, config.GetString(HostConfigKeys.LogLevel.Key), "info", sources),
                sources[HostConfigKeys.LogLevel.Key]),
            LogFile = PickOptional(HostConfigKeys.LogFile, flags.LogFile, environment, config.GetString(HostConfigKeys.LogFile.Key), sources),
        };

        return new RuntimeSettings
        {
            Track = track,
            StateDir = stateDir,
            ConfigPath = configPath,
            Config = config,
            Host = host,
            ParentPid = flags.ParentPid,
            Sources = sources,
        };
    }

    /// <summary>
    /// For doctor, which must run when the config is broken: the settings without the config file, with the
    /// error kept in <see cref="RuntimeSettings.ConfigError"/>. Paths still follow flags and environment.
    /// </summary>
    public static RuntimeSettings LoadWithoutConfig(RuntimeTrack track, GlobalOptions flags, IEnvironmentReader environment, SecretRedactor redactor,
        ConfigException error)
    {
        var sources = new Dictionary<string, ValueSource>(StringComparer.Ordinal);
        (string stateDir, string configPath) = ResolvePaths(flags, environment, redactor, sources);
        ConfigDocument written = ReadWrittenConfig(configPath, environment);
        foreach (string secret in written.SecretValues())
        {
            redactor.Add(secret);
        }

        return new RuntimeSettings
        {
            Track = track,
            StateDir = stateDir,
            ConfigPath = configPath,
            Config = ConfigDocument.Empty(environment),
            Written = written,
            Host = HostOptions.ForTrack(track),
            ParentPid = flags.ParentPid,
            Sources = sources,
            ConfigError = error,
        };
    }

    /// <summary>The state dir and config path (flag, env, default), after teaching the redactor every secret in the environment.</summary>
    private static (string StateDir, string ConfigPath) ResolvePaths(GlobalOptions flags, IEnvironmentReader environment, SecretRedactor redactor,
        Dictionary<string, ValueSource> sources)
    {
        ArgumentNullException.ThrowIfNull(flags);
        foreach (KeyValuePair<string, string> variable in environment.All().Where(v => SecretRedactor.IsSecretName(v.Key)))
        {
            redactor.Add(variable.Value);
        }

        string stateDir = Path.GetFullPath(Pick(HostConfigKeys.StateDir, flags.StateDir, environment, null, DefaultStateDir(), sources));
        string configPath = Path.GetFullPath(Pick(HostConfigKeys.ConfigPath, flags.ConfigPath, environment, null,
            Path.Combine(stateDir, "openclaw.json"), sources));
        return (stateDir, configPath);
    }

    /// <summary>The file as written when it can be read and parsed at all, else empty: its values may be invalid.</summary>
    private static ConfigDocument ReadWrittenConfig(string path, IEnvironmentReader environment)
    {
        try
        {
            return ReadConfig(path, required: false, environment);
        }
        catch (ConfigException)
        {
            return ConfigDocument.Empty(environment);
        }
    }

    private static ConfigDocument ReadConfig(string path, bool required, IEnvironmentReader environment)
    {
        if (!File.Exists(path))
        {
            return required
                ? throw new ConfigException(ConfigPathKey, $"file not found: {path}")
                : ConfigDocument.Empty(environment);
        }

        byte[] bytes;
        try
        {
            bytes = BoundedFile.Read(path, MaxConfigBytes, CancellationToken.None);
        }
        catch (FileRefusedException e)
        {
            throw new ConfigException(ConfigPathKey, e.Message);
        }

        // Decoded as File.ReadAllText did: UTF-8 unless a byte order mark says otherwise.
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        string text = reader.ReadToEnd();
        return ConfigDocument.Parse(text, environment);
    }

    private static string DefaultStateDir() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".openclaw");

    private static string Pick(ConfigKey key, string? flag, IEnvironmentReader environment, string? file, string fallback,
        Dictionary<string, ValueSource> sources)
    {
        string? value = PickOptional(key, flag, environment, file, sources);
        if (value is null)
        {
            sources[key.Key] = ValueSource.Default;
            value = fallback;
        }

        return value;
    }

    private static string? PickOptional(ConfigKey key, string? flag, IEnvironmentReader environment, string? file, Dictionary<string, ValueSource> sources)
    {
        string? env = environment.Read(key);
        (string? value, ValueSource source) = flag is { Length: > 0 } ? (flag, ValueSource.Flag)
            : env is not null ? (env, ValueSource.Env)
            : file is { Length: > 0 } ? (file, ValueSource.File)
            : ((string?)null, ValueSource.Default);
        sources[key.Key] = source;
        return value;
    }

    private static int PickInt(ConfigKey key, IEnvironmentReader environment, ConfigDocument config, int min, int max, int fallback,
        Dictionary<string, ValueSource> sources)
    {
        if (environment.TryRead(key, out string variable, out string text))
        {
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int fromEnv) || fromEnv < min || fromEnv > max)
            {
                throw new ConfigException(variable, string.Create(CultureInfo.InvariantCulture, $"must be an integer from {min} to {max}"));
            }

            sources[key.Key] = ValueSource.Env;
            return fromEnv;
        }

        int? fromFile = config.GetInt(key.Key, min, max);
        sources[key.Key] = fromFile is null ? ValueSource.Default : ValueSource.File;
        return fromFile ?? fallback;
    }

    private static LogLevel ParseLogLevel(string text, ValueSource source) => text.ToLowerInvariant() switch
    {
        "error" => LogLevel.Error,
        "warn" or "warning" => LogLevel.Warn,
        "info" => LogLevel.Info,
        "debug" or "trace" => LogLevel.Debug,
        _ => throw new ConfigException(source switch
        {
            ValueSource.Flag => "--log-level",
            ValueSource.Env => HostConfigKeys.LogLevel.Variables[0],
            _ => HostConfigKeys.LogLevel.Key,
        }, "must be one of error, warn, info, debug"),
    };
}

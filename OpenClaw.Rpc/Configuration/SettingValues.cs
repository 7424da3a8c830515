using System.Text.Json;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Configuration;

/// <summary>Builds <see cref="EffectiveSetting"/>s: JSON values from source-generated metadata, the source of a key, redaction.</summary>
internal static class SettingValues
{
    /// <summary>A string setting; null becomes JSON null, a secret becomes "[redacted]".</summary>
    public static EffectiveSetting Text(string key, string? value, string source, bool secret = false) =>
        new(key, JsonSerializer.SerializeToElement(secret && value is not null ? SecretRedactor.Marker : value, SettingsJsonContext.Default.String), source);

    /// <summary>A number setting.</summary>
    public static EffectiveSetting Number(string key, long value, string source) =>
        new(key, JsonSerializer.SerializeToElement(value, SettingsJsonContext.Default.Int64), source);

    /// <summary>A boolean setting.</summary>
    public static EffectiveSetting Flag(string key, bool value, string source) =>
        new(key, JsonSerializer.SerializeToElement(value, SettingsJsonContext.Default.Boolean), source);

    /// <summary>A list setting.</summary>
    public static EffectiveSetting List(string key, IReadOnlyList<string> value, string source) =>
        new(key, JsonSerializer.SerializeToElement(value.ToArray(), SettingsJsonContext.Default.StringArray), source);

    /// <summary>"file" when the config sets the key, else "env" when one of its variables is set, else "default".</summary>
    public static string SourceOf(ConfigDocument config, IEnvironmentReader environment, ConfigKey key)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(key);
        return config.TryGet(key.Key, out _) ? "file"
            : environment.Read(key) is not null ? "env"
            : "default";
    }

    /// <summary>Like <see cref="SourceOf"/>, for values where the environment wins over the file.</summary>
    public static string EnvFirstSourceOf(ConfigDocument config, IEnvironmentReader environment, ConfigKey key)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(key);
        return environment.Read(key) is not null ? "env" : SourceOf(config, environment, key);
    }

    /// <summary>The wire name of a <see cref="ValueSource"/>.</summary>
    public static string Name(ValueSource source) => source switch
    {
        ValueSource.File => "file",
        ValueSource.Env => "env",
        ValueSource.Flag => "flag",
        _ => "default",
    };
}

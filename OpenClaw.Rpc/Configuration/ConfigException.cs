namespace OpenClaw.Rpc.Configuration;

/// <summary>The configuration cannot be used: <see cref="Key"/> names the offending key.</summary>
internal sealed class ConfigException(string key, string reason) : Exception($"invalid config: {key}: {reason}")
{
    /// <summary>The dotted config key (or flag / environment variable) that is wrong.</summary>
    public string Key { get; } = key;

    /// <summary>Why it is wrong, written for the user.</summary>
    public string Reason { get; } = reason;
}

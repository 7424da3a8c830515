namespace OpenClaw.Rpc.Configuration;

/// <summary>Everything resolved at start-up: paths, the config document and the host options.</summary>
internal sealed record RuntimeSettings
{
    /// <summary>The track this binary runs as.</summary>
    public required RuntimeTrack Track { get; init; }

    /// <summary>The absolute state directory.</summary>
    public required string StateDir { get; init; }

    /// <summary>The absolute config file path (which may not exist).</summary>
    public required string ConfigPath { get; init; }

    /// <summary>The parsed config (empty when no file exists).</summary>
    public required ConfigDocument Config { get; init; }

    /// <summary>
    /// The config as written, for the audit and doctor: the same document as <see cref="Config"/>, or, when a value in
    /// it is invalid, the parsed file all the same (empty when the file is missing or not JSON5), so a literal key in
    /// a file that start-up refuses is still reported.
    /// </summary>
    public ConfigDocument? Written { get; init; }

    /// <summary><see cref="Written"/> when set, else <see cref="Config"/>.</summary>
    public ConfigDocument AsWritten => Written ?? Config;

    /// <summary>Transport and logging options.</summary>
    public required HostOptions Host { get; init; }

    /// <summary>The parent process to watch, from <c>--parent-pid</c>.</summary>
    public int? ParentPid { get; init; }

    /// <summary>Why the config could not be used, when start-up continued anyway (only for doctor).</summary>
    public ConfigException? ConfigError { get; init; }

    /// <summary>Where each effective setting came from, by dotted key.</summary>
    public required IReadOnlyDictionary<string, ValueSource> Sources { get; init; }
}

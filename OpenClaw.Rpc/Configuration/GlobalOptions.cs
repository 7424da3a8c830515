namespace OpenClaw.Rpc.Configuration;

/// <summary>The global command-line options; each may stand before or after the subcommand.</summary>
internal sealed record GlobalOptions
{
    /// <summary><c>--config PATH</c>.</summary>
    public string? ConfigPath { get; init; }

    /// <summary><c>--state-dir PATH</c>.</summary>
    public string? StateDir { get; init; }

    /// <summary><c>--parent-pid PID</c>.</summary>
    public int? ParentPid { get; init; }

    /// <summary><c>--log-level error|warn|info|debug</c>.</summary>
    public string? LogLevel { get; init; }

    /// <summary><c>--log-file PATH</c>.</summary>
    public string? LogFile { get; init; }
}

using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Cli;

internal enum CliCommand
{
    Serve,
    Call,
    Doctor,
    Version,
    Help,
}

/// <summary>A parsed command line: the command, its arguments and the global options.</summary>
internal sealed record CommandLine(CliCommand Command, GlobalOptions Globals, string? Method = null, string? ParamsJson = null)
{
    /// <summary><c>--json</c> (doctor).</summary>
    public bool Json { get; init; }

    /// <summary><c>--fix</c> (doctor).</summary>
    public bool Fix { get; init; }
}

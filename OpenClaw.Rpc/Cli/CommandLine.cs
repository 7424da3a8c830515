using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Cli;

internal enum CliCommand
{
    Serve,
    Call,
    Version,
    Help,
}

/// <summary>A parsed command line: the command, its arguments and the global options.</summary>
internal sealed record CommandLine(CliCommand Command, GlobalOptions Globals, string? Method = null, string? ParamsJson = null);

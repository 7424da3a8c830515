using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Cli;

internal enum CliCommand
{
    Serve,
    Call,
    Doctor,
    SecurityAudit,
    Version,
    Help,
}

/// <summary>A parsed command line: the command, its arguments and the global options.</summary>
internal sealed record CommandLine(CliCommand Command, GlobalOptions Globals, string? Method = null, string? ParamsJson = null)
{
    /// <summary>The protocol served on stdio (serve): the native one, or <c>acp</c>.</summary>
    public string Dialect { get; init; } = RpcDialects.Native;

    /// <summary><c>--json</c> (doctor).</summary>
    public bool Json { get; init; }

    /// <summary><c>--fix</c> (doctor, security audit).</summary>
    public bool Fix { get; init; }

    /// <summary><c>--deep</c> (security audit).</summary>
    public bool Deep { get; init; }
}

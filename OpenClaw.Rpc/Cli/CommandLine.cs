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
    Completion,
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

    /// <summary>What help is asked about (help): <c>[]</c>, <c>["doctor"]</c>, <c>["call", "tts.convert"]</c>.</summary>
    public IReadOnlyList<string> Topic { get; init; } = [];

    /// <summary>The shell of <c>completion</c>: bash, zsh or powershell.</summary>
    public string? Shell { get; init; }

    /// <summary><c>--stream</c> (call): print progress as it arrives even when stdout is not a terminal.</summary>
    public bool Stream { get; init; }

    /// <summary><c>--out FILE</c> (call): write the result's audio there.</summary>
    public string? OutPath { get; init; }

    /// <summary><c>--force</c> (call): <c>--out</c> may replace an existing file.</summary>
    public bool Force { get; init; }
}

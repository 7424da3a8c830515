namespace OpenClaw.Rpc.Cli;

/// <summary>
/// The commands and options of both executables, in one table: the parser checks against it, help prints it, a
/// mistyped name is matched against it and the completion scripts are made from it.
/// </summary>
internal static class CliCommands
{
    /// <summary>Accepted and ignored where serving starts: vscode-languageclient's <c>TransportKind.stdio</c> appends it.</summary>
    public static readonly CliOptionSpec Stdio = new("--stdio", null, "accepted and ignored (language clients append it)") { Hidden = true };

    public static readonly CliOptionSpec Stream = new("--stream", null, "print $/progress text as it arrives, then the result (default on a terminal)");
    public static readonly CliOptionSpec Out = new("--out", "FILE", "write the audio of the result (tts.convert) to FILE and print a line about it");
    public static readonly CliOptionSpec Force = new("--force", null, "let --out replace an existing file");
    public static readonly CliOptionSpec Json = new("--json", null, "print the result as JSON");
    public static readonly CliOptionSpec Fix = new("--fix", null, "make the safe repairs (create the state dir, tighten permissions) and list them");
    public static readonly CliOptionSpec Deep = new("--deep", null, "also the slower checks");
    public static readonly CliOptionSpec NonInteractive = new("--non-interactive", null, "never prompt (doctor never does)") { Hidden = true };

    /// <summary>Options every command takes, before or after it.</summary>
    public static readonly IReadOnlyList<CliOptionSpec> Globals =
    [
        new("--config", "PATH", "config file (default: <state-dir>/openclaw.json; env OPENCLAW_CONFIG_PATH)"),
        new("--state-dir", "PATH", "state directory (default: ~/.openclaw; env OPENCLAW_STATE_DIR)"),
        new("--parent-pid", "PID", "exit when this process dies"),
        new("--log-level", "LEVEL", "error | warn | info | debug (env OPENCLAW_LOG_LEVEL; default info)"),
        new("--log-file", "PATH", "write the log there instead of stderr"),
        new("--help", null, "help for the command (-h)"),
        new("--version", null, "print the version (-V)"),
    ];

    public static readonly IReadOnlyList<string> LogLevels = ["error", "warn", "info", "debug"];

    public static readonly IReadOnlyList<CliCommandSpec> All =
    [
        new(CliCommand.Serve, "serve", string.Empty, "serve JSON-RPC on stdin/stdout (the default when no command is given)", [Stdio])
        {
            Details = "Content-Length (LSP) or newline-delimited framing, detected from the first bytes. Protocol: protocol/README.md, or 'call rpc.discover'.",
        },
        new(CliCommand.Serve, "acp", string.Empty, "serve the Agent Client Protocol (ACP) on stdin/stdout, for Zed, JetBrains, ...", [Stdio]),
        new(CliCommand.Call, "call", "<method> [json-params]", "run one request in-process and print its result as JSON", [Stream, Out, Force])
        {
            Details = "The result goes to stdout (exit 0), an RPC error to stderr (exit 1). A method this executable does not serve is a usage error (exit 64) and starts nothing.",
        },
        new(CliCommand.Doctor, "doctor", string.Empty, "check config, state dir, track, providers, binaries; exit 1 on a failure", [Json, Fix, Deep, NonInteractive])
        {
            Details = "Runs even when the config is invalid. --deep also asks each configured agent provider for its models (5 s at most, no tokens spent).",
        },
        new(CliCommand.SecurityAudit, "security audit", string.Empty, "permissions, plaintext keys, insecure URLs, binary paths; exit 2 on a critical finding", [Deep, Json, Fix, NonInteractive])
        {
            Details = "--deep also scans session transcripts for pasted secrets and checks the binary against a SHA256SUMS beside it. --fix only tightens permissions.",
        },
        new(CliCommand.Completion, "completion", "bash|zsh|powershell", "print a shell completion script (commands, options, method names after 'call')", [])
        {
            Details = "bash:       source <({exe} completion bash)   (or save it as ~/.local/share/bash-completion/completions/{exe})\n"
                + "zsh:        source <({exe} completion zsh)    (or save it as _{exe} in a directory of $fpath)\n"
                + "PowerShell: {exe} completion powershell | Out-String | Invoke-Expression   (add the line to $PROFILE)",
        },
        new(CliCommand.Help, "help", "[command]", "show help for the executable or one command ('help call tts.convert' for a method)", []),
        new(CliCommand.Version, "version", string.Empty, "print the version", []),
    ];

    /// <summary>The command a user's words name (<c>["security","audit"]</c>), or null.</summary>
    public static CliCommandSpec? Find(IReadOnlyList<string> words) => All.FirstOrDefault(c =>
    {
        string[] name = c.Name.Split(' ');
        return words.Count >= name.Length && name.Select((w, i) => w == words[i]).All(same => same);
    });

    /// <summary>The first words of every command, for did-you-mean and completion.</summary>
    public static IEnumerable<string> FirstWords => All.Select(c => c.FirstWord).Distinct(StringComparer.Ordinal);

    /// <summary>Every option any command takes, globals included.</summary>
    public static IEnumerable<CliOptionSpec> AllOptions => Globals.Concat(All.SelectMany(c => c.Options)).DistinctBy(o => o.Name);
}

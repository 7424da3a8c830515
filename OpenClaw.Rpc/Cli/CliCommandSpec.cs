namespace OpenClaw.Rpc.Cli;

/// <summary>
/// One command of the command line as help, did-you-mean and the completion scripts describe it: its words
/// (<c>security audit</c> has two), what follows them, a one-line summary and the options only it takes.
/// </summary>
internal sealed record CliCommandSpec(CliCommand Command, string Name, string Arguments, string Summary, IReadOnlyList<CliOptionSpec> Options)
{
    /// <summary>Longer text under the usage line of <c>help &lt;command&gt;</c>; <c>{exe}</c> stands for the executable.</summary>
    public string Details { get; init; } = string.Empty;

    /// <summary>The first word, the one a user types to pick the command.</summary>
    public string FirstWord => Name.Split(' ')[0];
}

/// <summary>An option: its name, the value it takes (none for a flag) and what it does.</summary>
internal sealed record CliOptionSpec(string Name, string? Value, string Summary)
{
    /// <summary>Accepted but left out of help (<c>--stdio</c>, <c>--non-interactive</c>).</summary>
    public bool Hidden { get; init; }
}

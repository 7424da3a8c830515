namespace OpenClaw.Rpc.Cli;

/// <summary>
/// The words the completion scripts offer, from <see cref="CliCommands"/> and the served methods, so a script
/// never completes a command, option or method its executable does not take.
/// </summary>
internal sealed record CompletionWords(string Executable, IReadOnlyCollection<string> Methods)
{
    /// <summary>The shell function's name: <c>_openclaw_core</c>.</summary>
    public string Function => "_" + Executable.Replace('-', '_');

    public static string Commands => Join(CliCommands.FirstWords.Order(StringComparer.Ordinal));

    public string MethodNames => Join(Methods);

    public static string Globals => Join(CliCommands.Globals.Where(o => !o.Hidden).Select(o => o.Name));

    public static string LogLevels => Join(CliCommands.LogLevels);

    public static string Shells => "bash zsh powershell";

    /// <summary>Options whose value is a path.</summary>
    public static IReadOnlyList<string> PathOptions => ["--config", "--state-dir", "--log-file", CliCommands.Out.Name];

    /// <summary>Options whose value is not a path (a level, a process id).</summary>
    public static IReadOnlyList<string> OtherValueOptions => ["--log-level", "--parent-pid"];

    /// <summary>Each command's own options, by its first word (serve and acp have none worth offering).</summary>
    public static IEnumerable<(string Command, string Options)> CommandOptions => CliCommands.All
        .Select(c => (c.FirstWord, Options: Join(c.Options.Where(o => !o.Hidden).Select(o => o.Name))))
        .Where(c => c.Options.Length > 0);

    public static string Join(IEnumerable<string> words) => string.Join(' ', words);
}

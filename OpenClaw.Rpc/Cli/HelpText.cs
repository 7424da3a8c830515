using System.Text;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Cli;

/// <summary>The text of <c>--help</c> and <c>help &lt;command&gt;</c>, made from <see cref="CliCommands"/>.</summary>
internal static class HelpText
{
    private const int Column = 38;

    public static string For(RuntimeTrack track)
    {
        string exe = track.ExecutableName();
        var text = new StringBuilder()
            .Append(exe).Append(" - headless OpenClaw runtime (").Append(track.WireName()).Append(" track), JSON-RPC 2.0 over stdio\n\n")
            .Append("Usage:\n");
        foreach (CliCommandSpec command in CliCommands.All)
        {
            string usage = command.Command == CliCommand.Serve && command.Name == "serve" ? $"{exe} [options]" : Usage(exe, command);
            Row(text, "  " + usage, command.Summary);
        }

        text.Append("\nOptions (before or after the command):\n");
        Options(text, CliCommands.Globals);
        text.Append($"""

            Exit codes: 0 ok; 1 'call' got an RPC error, 'doctor' found a failure, or 'exit' came without 'shutdown';
                        2 invalid config, or 'security audit' found a critical issue; 64 usage error.
            '{exe} help <command>' (or '<command> --help') shows a command's options; '{exe} call --help' lists the methods.
            Protocol: see protocol/README.md, or call rpc.discover.

            """);
        return text.ToString();
    }

    public static string For(RuntimeTrack track, CliCommandSpec command)
    {
        string exe = track.ExecutableName();
        var text = new StringBuilder().Append("Usage: ").Append(Usage(exe, command)).Append("\n\n").Append(Capital(command.Summary)).Append(".\n");
        if (command.Details.Length > 0)
        {
            text.Append('\n').Append(command.Details.Replace("{exe}", exe, StringComparison.Ordinal)).Append('\n');
        }

        CliOptionSpec[] own = [.. command.Options.Where(o => !o.Hidden)];
        if (own.Length > 0)
        {
            text.Append("\nOptions:\n");
            Options(text, own);
        }

        text.Append("\nGlobal options: ").Append(string.Join(", ", CliCommands.Globals.Select(o => o.Name))).Append(" (see '").Append(exe).Append(" --help').\n");
        return text.ToString();
    }

    public static string Usage(string exe, CliCommandSpec command)
    {
        string options = string.Concat(command.Options.Where(o => !o.Hidden).Select(o => o.Value is null ? $" [{o.Name}]" : $" [{o.Name} {o.Value}]"));
        string arguments = command.Arguments.Length > 0 ? " " + command.Arguments : string.Empty;
        return $"{exe} {command.Name}{arguments}{options}";
    }

    internal static void Row(StringBuilder text, string left, string right)
    {
        text.Append(left);
        text.Append(left.Length < Column ? new string(' ', Column - left.Length) : "\n" + new string(' ', Column));
        text.Append(right).Append('\n');
    }

    private static void Options(StringBuilder text, IEnumerable<CliOptionSpec> options)
    {
        foreach (CliOptionSpec option in options.Where(o => !o.Hidden))
        {
            Row(text, "  " + option.Name + (option.Value is null ? string.Empty : " " + option.Value), option.Summary);
        }
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

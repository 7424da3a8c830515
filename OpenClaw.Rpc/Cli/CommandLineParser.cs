using System.Globalization;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Acp;

namespace OpenClaw.Rpc.Cli;

/// <summary>
/// Parses <c>[global options] [command [args]] [options]</c> against <see cref="CliCommands"/>. Global options take
/// a value as the next argument or after <c>=</c> and may stand before or after the command; a command's own options
/// may too, but only with that command. <c>--help</c> anywhere asks for the help of the command it stands with.
/// </summary>
internal static class CommandLineParser
{
    private static readonly string[] ValueOptions = ["--config", "--state-dir", "--parent-pid", "--log-level", "--log-file"];
    private static readonly string[] Shells = ["bash", "zsh", "powershell"];

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var globals = new GlobalOptions();
        var positionals = new List<string>();
        var options = new List<string>();
        string? outPath = null;
        bool help = false, version = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg is "-h" or "--help")
            {
                help = true;
                continue;
            }

            if (arg is "-V" or "--version")
            {
                version = true;
                continue;
            }

            (string name, string? inlineValue) = SplitOption(arg);
            if (ValueOptions.Contains(name) || name == CliCommands.Out.Name)
            {
                string value = inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"{name} needs a value"));
                if (name == CliCommands.Out.Name)
                {
                    (outPath, options) = (value, [.. options, name]);
                    continue;
                }

                globals = Apply(globals, name, value);
                continue;
            }

            if (CliCommands.AllOptions.Any(o => o.Value is null && o.Name == arg))
            {
                options.Add(arg);
                continue;
            }

            // After the method, a single-dash word may be a params argument; a double-dash word is always an option.
            if (arg.StartsWith("--", StringComparison.Ordinal) || (arg.StartsWith('-') && arg.Length > 1 && positionals.Count < 2))
            {
                throw new UsageException($"unknown option '{arg}'{DidYouMean.Hint(name, CliCommands.AllOptions.Select(o => o.Name))}");
            }

            positionals.Add(arg);
        }

        if (help)
        {
            return new CommandLine(CliCommand.Help, globals) { Topic = positionals is ["help", _, ..] ? positionals[1..] : positionals };
        }

        if (version)
        {
            return new CommandLine(CliCommand.Version, globals);
        }

        CliCommandSpec spec = Resolve(positionals);
        string? foreign = options.FirstOrDefault(o => spec.Options.All(own => own.Name != o));
        if (foreign is not null)
        {
            throw new UsageException($"{foreign} is not an option of {spec.Name}", spec.Name);
        }

        string[] operands = [.. positionals.Skip(positionals.Count == 0 ? 0 : spec.Name.Split(' ').Length)];
        var line = new CommandLine(spec.Command, globals)
        {
            Json = options.Contains(CliCommands.Json.Name),
            Fix = options.Contains(CliCommands.Fix.Name),
            Deep = options.Contains(CliCommands.Deep.Name),
            Stream = options.Contains(CliCommands.Stream.Name),
            Force = options.Contains(CliCommands.Force.Name),
            OutPath = outPath,
        };
        return spec.Command switch
        {
            CliCommand.Help => line with { Topic = operands },
            CliCommand.Call => operands switch
            {
                [string method] => line with { Method = method },
                [string method, string json] => line with { Method = method, ParamsJson = json },
                [] => throw new UsageException("call needs a method name, e.g. 'call health'", spec.Name),
                _ => throw new UsageException("call takes a method name and at most one JSON params argument", spec.Name),
            },
            CliCommand.Completion => operands switch
            {
                [string shell] => line with { Shell = ShellNamed(shell) },
                _ => throw new UsageException("completion needs a shell: bash, zsh or powershell", spec.Name),
            },
            _ when operands.Length > 0 => throw new UsageException($"{spec.Name} takes no arguments (got '{operands[0]}')", spec.Name),
            _ when spec.Name == AcpDialect.Name => line with { Dialect = AcpDialect.Name },
            _ => line,
        };
    }

    private static CliCommandSpec Resolve(List<string> positionals)
    {
        if (positionals.Count == 0)
        {
            return CliCommands.All[0];
        }

        if (CliCommands.Find(positionals) is { } spec)
        {
            return spec;
        }

        string typed = positionals[0];
        if (typed == "security")
        {
            throw new UsageException("did you mean 'security audit'?");
        }

        throw new UsageException($"unknown command '{typed}'{DidYouMean.Hint(typed, CliCommands.FirstWords)}");
    }

    private static string ShellNamed(string shell) => shell switch
    {
        "bash" or "zsh" or "powershell" => shell,
        "pwsh" => "powershell",
        _ => throw new UsageException($"no completion for '{shell}' (shells: bash, zsh, powershell){DidYouMean.Hint(shell, Shells)}", "completion"),
    };

    private static (string Name, string? Value) SplitOption(string arg)
    {
        int equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static GlobalOptions Apply(GlobalOptions globals, string name, string value) => name switch
    {
        "--config" => globals with { ConfigPath = value },
        "--state-dir" => globals with { StateDir = value },
        "--log-level" => globals with { LogLevel = value },
        "--log-file" => globals with { LogFile = value },
        _ => globals with { ParentPid = ParsePid(value) },
    };

    private static int ParsePid(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int pid) && pid > 0
            ? pid
            : throw new UsageException($"--parent-pid needs a positive process id, not '{value}'");
}

using System.Globalization;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Acp;

namespace OpenClaw.Rpc.Cli;

/// <summary>
/// Parses <c>[global options] [command [args]] [global options]</c>. Global options take a value as the next
/// argument or after <c>=</c> and may stand before or after the command.
/// </summary>
internal static class CommandLineParser
{
    private static readonly string[] ValueOptions = ["--config", "--state-dir", "--parent-pid", "--log-level", "--log-file"];
    private static readonly string[] CommandFlags = ["--json", "--fix", "--non-interactive", "--deep"];

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var globals = new GlobalOptions();
        var positionals = new List<string>();
        bool help = false, version = false;
        var flags = new HashSet<string>(StringComparer.Ordinal);
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

            if (CommandFlags.Contains(arg))
            {
                flags.Add(arg);
                continue;
            }

            (string name, string? inlineValue) = SplitOption(arg);
            if (ValueOptions.Contains(name))
            {
                string value = inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"{name} needs a value"));
                globals = Apply(globals, name, value);
                continue;
            }

            if (arg.StartsWith('-') && arg.Length > 1 && positionals.Count < 2)
            {
                throw new UsageException($"unknown option '{arg}'");
            }

            positionals.Add(arg);
        }

        if (help)
        {
            return new CommandLine(CliCommand.Help, globals);
        }

        if (version)
        {
            return new CommandLine(CliCommand.Version, globals);
        }

        bool doctor = positionals is ["doctor"], audit = positionals is ["security", "audit"];
        if (!doctor && !audit && flags.Count > 0)
        {
            throw new UsageException($"{flags.First()} is not an option of this command");
        }

        return positionals switch
        {
            ["doctor"] => new CommandLine(CliCommand.Doctor, globals)
            {
                Json = flags.Contains("--json"),
                Fix = flags.Contains("--fix"),
                Deep = flags.Contains("--deep"),
            },
            ["doctor", ..] => throw new UsageException("doctor takes only --json, --fix, --deep and --non-interactive"),
            ["security", "audit"] => new CommandLine(CliCommand.SecurityAudit, globals)
            {
                Json = flags.Contains("--json"),
                Fix = flags.Contains("--fix"),
                Deep = flags.Contains("--deep"),
            },
            ["security", ..] => throw new UsageException("did you mean 'security audit'?"),
            [] or ["serve"] => new CommandLine(CliCommand.Serve, globals),
            ["call", string method] => new CommandLine(CliCommand.Call, globals, method),
            ["call", string method, string json] => new CommandLine(CliCommand.Call, globals, method, json),
            ["call"] => throw new UsageException("call needs a method name, e.g. 'call health'"),
            ["call", ..] => throw new UsageException("call takes a method name and at most one JSON params argument"),
            ["serve", ..] => throw new UsageException("serve takes no arguments"),
            [AcpDialect.Name] => new CommandLine(CliCommand.Serve, globals) { Dialect = AcpDialect.Name },
            [AcpDialect.Name, ..] => throw new UsageException("acp takes no arguments"),
            [string other, ..] => throw new UsageException($"unknown command '{other}'"),
        };
    }

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

using OpenClaw.Rpc.Cli;

namespace OpenClaw.Tests.Cli;

/// <summary>
/// The command line as the parser reads it. That a usage error exits 64 with a one-line hint on stderr is shown against the
/// binary, in CliProcessTests.
/// </summary>
public sealed class CommandLineParserTests
{
    [Test]
    public void No_arguments_serves()
    {
        Assert.That(CommandLineParser.Parse([]).Command, Is.EqualTo(CliCommand.Serve));
    }

    [Test]
    public void Global_options_may_stand_before_or_after_the_command()
    {
        CommandLine line = CommandLineParser.Parse(["--state-dir", "/tmp/s", "call", "health", "--log-level=debug", "--parent-pid", "42"]);
        Assert.That(line.Command, Is.EqualTo(CliCommand.Call));
        Assert.That(line.Method, Is.EqualTo("health"));
        Assert.That(line.Globals.StateDir, Is.EqualTo("/tmp/s"));
        Assert.That(line.Globals.LogLevel, Is.EqualTo("debug"));
        Assert.That(line.Globals.ParentPid, Is.EqualTo(42));
    }

    [Test]
    public void Acp_serves_the_agent_client_protocol_with_global_options_on_either_side()
    {
        CommandLine line = CommandLineParser.Parse(["--state-dir", "/tmp/s", "acp", "--log-level", "debug"]);
        Assert.That(line.Command, Is.EqualTo(CliCommand.Serve));
        Assert.That(line.Dialect, Is.EqualTo("acp"));
        Assert.That(line.Globals.StateDir, Is.EqualTo("/tmp/s"));
        Assert.That(line.Globals.LogLevel, Is.EqualTo("debug"));
        Assert.That(CommandLineParser.Parse([]).Dialect, Is.EqualTo("native"));
        Assert.That(() => CommandLineParser.Parse(["acp", "extra"]), Throws.TypeOf<UsageException>());
    }

    [Test]
    public void Call_takes_json_params()
    {
        CommandLine line = CommandLineParser.Parse(["call", "initialize", "{\"processId\":1}"]);
        Assert.That(line.ParamsJson, Is.EqualTo("{\"processId\":1}"));
    }

    [Test]
    public void Doctor_and_the_audit_take_their_flags_anywhere()
    {
        CommandLine doctor = CommandLineParser.Parse(["--deep", "doctor", "--json", "--non-interactive"]);
        Assert.That((doctor.Command, doctor.Deep, doctor.Json, doctor.Fix), Is.EqualTo((CliCommand.Doctor, true, true, false)));
        CommandLine audit = CommandLineParser.Parse(["security", "audit", "--fix", "--deep"]);
        Assert.That((audit.Command, audit.Deep, audit.Fix), Is.EqualTo((CliCommand.SecurityAudit, true, true)));
    }

    [TestCase("--bogus")]
    [TestCase("frobnicate")]
    [TestCase("call")]
    [TestCase("call", "a", "{}", "extra")]
    [TestCase("--parent-pid", "abc")]
    [TestCase("--parent-pid", "0")]
    [TestCase("--config")]
    public void Usage_errors_say_what_is_wrong(params string[] args)
    {
        UsageException error = Assert.Throws<UsageException>(() => CommandLineParser.Parse(args))!;
        Assert.That(error.Message, Is.Not.Empty.And.Not.Contain("\n"));
    }

    [TestCase("--json")]
    [TestCase("--fix")]
    public void Doctor_flags_elsewhere_are_usage_errors(string flag)
    {
        Assert.Throws<UsageException>(() => CommandLineParser.Parse(["call", "health", flag]));
    }

    [Test]
    public void Help_and_version_win_over_other_arguments()
    {
        Assert.That(CommandLineParser.Parse(["call", "health", "--help"]).Command, Is.EqualTo(CliCommand.Help));
        Assert.That(CommandLineParser.Parse(["--version"]).Command, Is.EqualTo(CliCommand.Version));
    }

    [TestCase(new[] { "call", "--help" }, new[] { "call" })]
    [TestCase(new[] { "call", "tts.convert", "--help" }, new[] { "call", "tts.convert" })]
    [TestCase(new[] { "help", "call", "tts.convert" }, new[] { "call", "tts.convert" })]
    [TestCase(new[] { "help" }, new string[0])]
    [TestCase(new[] { "-h", "security", "audit" }, new[] { "security", "audit" })]
    [TestCase(new[] { "help", "--help" }, new[] { "help" })]
    public void Help_is_about_the_command_it_stands_with(string[] args, string[] topic)
    {
        CommandLine line = CommandLineParser.Parse(args);
        Assert.That(line.Command, Is.EqualTo(CliCommand.Help));
        Assert.That(line.Topic, Is.EqualTo(topic));
    }

    [Test]
    public void Version_is_a_command_too()
    {
        Assert.That(CommandLineParser.Parse(["version"]).Command, Is.EqualTo(CliCommand.Version));
        Assert.That(() => CommandLineParser.Parse(["version", "x"]), Throws.TypeOf<UsageException>());
    }

    [TestCase("bash", "bash")]
    [TestCase("zsh", "zsh")]
    [TestCase("powershell", "powershell")]
    [TestCase("pwsh", "powershell")]
    public void Completion_takes_a_shell(string shell, string expected)
    {
        CommandLine line = CommandLineParser.Parse(["completion", shell]);
        Assert.That((line.Command, line.Shell), Is.EqualTo((CliCommand.Completion, expected)));
    }

    [Test]
    public void Completion_for_an_unknown_shell_names_the_ones_there_are()
    {
        UsageException error = Assert.Throws<UsageException>(() => CommandLineParser.Parse(["completion", "fsh"]))!;
        Assert.That(error.Message, Does.Contain("bash, zsh, powershell").And.Contain("did you mean 'zsh'?"));
        Assert.That(error.Command, Is.EqualTo("completion"));
    }

    [TestCase(new[] { "--stdio" }, "native")]
    [TestCase(new[] { "serve", "--stdio" }, "native")]
    [TestCase(new[] { "acp", "--stdio" }, "acp")]
    [TestCase(new[] { "--stdio", "acp", "--log-level", "debug" }, "acp")]
    public void Stdio_is_accepted_wherever_serving_starts(string[] args, string dialect)
    {
        CommandLine line = CommandLineParser.Parse(args);
        Assert.That((line.Command, line.Dialect), Is.EqualTo((CliCommand.Serve, dialect)));
    }

    [TestCase("call", "health", "--stdio")]
    [TestCase("doctor", "--stdio")]
    [TestCase("doctor", "--stream")]
    [TestCase("acp", "--out", "x.wav")]
    public void A_command_option_elsewhere_is_a_usage_error_pointing_at_that_commands_help(params string[] args)
    {
        UsageException error = Assert.Throws<UsageException>(() => CommandLineParser.Parse(args))!;
        Assert.That(error.Message, Does.Contain("is not an option of " + args[0]));
        Assert.That(error.LineFor("openclaw-core"), Does.EndWith($"Try 'openclaw-core {args[0]} --help'."));
    }

    [Test]
    public void Call_takes_stream_out_and_force_on_either_side()
    {
        CommandLine line = CommandLineParser.Parse(["call", "--stream", "tts.convert", "{\"text\":\"hi\"}", "--out=hello.wav", "--force"]);
        Assert.That((line.Method, line.ParamsJson, line.Stream, line.OutPath, line.Force),
            Is.EqualTo(("tts.convert", "{\"text\":\"hi\"}", true, "hello.wav", true)));
        Assert.That(CommandLineParser.Parse(["call", "health"]).Stream, Is.False);
    }

    [TestCase(new[] { "cal" }, "unknown command 'cal'; did you mean 'call'?")]
    [TestCase(new[] { "docter", "--json" }, "unknown command 'docter'; did you mean 'doctor'?")]
    [TestCase(new[] { "--stat-dir", "/tmp" }, "unknown option '--stat-dir'; did you mean '--state-dir'?")]
    [TestCase(new[] { "call", "health", "--strem" }, "unknown option '--strem'; did you mean '--stream'?")]
    public void A_mistyped_command_or_option_gets_a_suggestion(string[] args, string message)
    {
        UsageException error = Assert.Throws<UsageException>(() => CommandLineParser.Parse(args))!;
        Assert.That(error.Message, Is.EqualTo(message));
        Assert.That(error.LineFor("openclaw-core"), Is.EqualTo($"openclaw-core: {message} Try 'openclaw-core --help'."));
    }
}

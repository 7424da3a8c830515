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
}

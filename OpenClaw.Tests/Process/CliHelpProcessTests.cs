using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>Help a user gets from the binaries: per command, the methods a track serves, a method's params, did-you-mean.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class CliHelpProcessTests
{
    [TestCase(RuntimeTrack.Core)]
    [TestCase(RuntimeTrack.Edge)]
    [CancelAfter(120_000)]
    public async Task Call_help_lists_exactly_the_methods_the_track_serves_with_a_summary_each(RuntimeTrack track, CancellationToken cancellationToken)
    {
        CliRun help = await CliRun.ExecuteAsync(track, ["call", "--help"], cancellationToken: cancellationToken);
        CliRun initialize = await CliRun.ExecuteAsync(track, ["call", "initialize", "{}"], cancellationToken: cancellationToken);
        Assert.That(help.ExitCode, Is.Zero, help.Stderr);
        using JsonDocument served = JsonDocument.Parse(initialize.Stdout);
        string[] methods = [.. served.RootElement.GetProperty("capabilities").GetProperty("methods").EnumerateArray().Select(m => m.GetString()!)];

        string[] listed = [.. MethodRows(help.Stdout).Select(row => row.Name)];
        Assert.That(listed, Is.EquivalentTo(methods));
        Assert.That(MethodRows(help.Stdout).Single(r => r.Name == "tts.convert").Summary, Does.StartWith("Speak text"));
        Assert.That(MethodRows(help.Stdout).Where(r => r.Name != "initialized" && r.Name != "exit").Select(r => r.Summary), Has.All.Not.Empty);
        Assert.That(listed, track == RuntimeTrack.Core ? Does.Not.Contain("voice.transcribe") : Does.Contain("voice.transcribe"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task A_methods_help_shows_its_params_from_the_openrpc_document(CancellationToken cancellationToken)
    {
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["call", "tts.convert", "--help"], cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(run.Stdout, Does.StartWith("Usage: openclaw-core call tts.convert [json-params]"));
        Assert.That(run.Stdout, Does.Match(@"\n  text +string, required +At most messages\.tts\.maxTextLength characters"));
        Assert.That(run.Stdout, Does.Match(@"\n  format +wav\|mp3\|opus +Default wav\."));
        Assert.That(run.Stdout, Does.Match(@"\n  provider +kittentts\|espeak\|openai\|elevenlabs"));
        Assert.That(run.Stdout, Does.Contain("--out FILE"));

        CliRun same = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["help", "call", "tts.convert"], cancellationToken: cancellationToken);
        Assert.That(same.Stdout, Is.EqualTo(run.Stdout));
    }

    [TestCase("serve")]
    [TestCase("acp")]
    [TestCase("call")]
    [TestCase("doctor")]
    [TestCase("security", "audit")]
    [TestCase("completion")]
    [TestCase("help")]
    [TestCase("version")]
    public async Task Every_command_has_help(params string[] command)
    {
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, [.. command, "--help"]);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(run.Stdout, Does.StartWith($"Usage: openclaw-core {string.Join(' ', command)}"));
        CliRun viaHelp = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["help", .. command]);
        Assert.That(viaHelp.Stdout, Is.EqualTo(run.Stdout));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Help_for_security_alone_is_the_audits(CancellationToken cancellationToken)
    {
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["security", "--help"], cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(run.Stdout, Does.StartWith("Usage: openclaw-core security audit [--deep] [--json] [--fix]"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Help_and_version_are_commands_as_well_as_options(CancellationToken cancellationToken)
    {
        CliRun help = await CliRun.ExecuteAsync(RuntimeTrack.Edge, ["help"], cancellationToken: cancellationToken);
        CliRun helpOption = await CliRun.ExecuteAsync(RuntimeTrack.Edge, ["--help"], cancellationToken: cancellationToken);
        Assert.That(help.ExitCode, Is.Zero);
        Assert.That(help.Stdout, Does.Contain("openclaw-edge completion bash|zsh|powershell").And.EqualTo(helpOption.Stdout));
        CliRun version = await CliRun.ExecuteAsync(RuntimeTrack.Edge, ["version"], cancellationToken: cancellationToken);
        Assert.That(version.Stdout.Trim(), Is.EqualTo("openclaw-edge 0.1.0"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Help_works_with_a_broken_config(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("bad.json"), "{ \"runtime\": { \"rpc\": { \"maxInFlight\": -3 } } }");
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["call", "--help", "--config", dir.File("bad.json")], cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(run.Stdout, Does.Contain("tts.convert"));
    }

    [TestCase(new[] { "cal" }, "openclaw-core: unknown command 'cal'; did you mean 'call'? Try 'openclaw-core --help'.")]
    [TestCase(new[] { "call", "tts.convrt", "{\"text\":\"hi\"}" },
        "openclaw-core: unknown method 'tts.convrt'; did you mean 'tts.convert'? Try 'openclaw-core call --help'.")]
    [TestCase(new[] { "help", "call", "sessions.lst" },
        "openclaw-core: unknown method 'sessions.lst'; did you mean 'sessions.list'? Try 'openclaw-core call --help'.")]
    [TestCase(new[] { "call", "voice.transcribe" },
        "openclaw-core: 'voice.transcribe' is not served by openclaw-core, only by openclaw-edge. Try 'openclaw-core call --help'.")]
    public async Task A_mistyped_command_or_method_exits_64_with_the_closest_name(string[] args, string expected)
    {
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, args);
        Assert.That(run.ExitCode, Is.EqualTo(64));
        Assert.That(run.Stdout, Is.Empty);
        Assert.That(run.Stderr.TrimEnd(), Is.EqualTo(expected));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task A_mistyped_method_starts_no_work(CancellationToken cancellationToken)
    {
        // A misspelt agent.run must not reach the provider: the name is checked before the session starts.
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiStream(["never"]));
        using var config = new TempDirectory();
        string path = config.File("openclaw.json");
        await File.WriteAllTextAsync(path, AgentConfig.For(server), cancellationToken);
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["--config", path, "call", "agent.rnu", "{\"message\":\"hi\"}"],
            environment: AgentConfig.Environment(), cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.EqualTo(64));
        Assert.That(run.Stderr, Does.Contain("did you mean 'agent.run'?"));
        Assert.That(server.Requests, Is.Empty);
    }

    private static IEnumerable<(string Name, string Summary)> MethodRows(string help) => help
        .Split('\n')
        .SkipWhile(line => !line.StartsWith("Methods ", StringComparison.Ordinal))
        .Skip(1)
        .TakeWhile(line => line.StartsWith("  ", StringComparison.Ordinal))
        .Select(line => line.Trim().Split(' ', 2))
        .Select(parts => (parts[0], parts.Length > 1 ? parts[1].Trim() : string.Empty));
}

using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>The command line of both executables: call, version, help, usage errors and config errors.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class CliProcessTests
{
    [Test]
    [CancelAfter(120_000)]
    public async Task Call_health_prints_the_result_as_json(CancellationToken cancellationToken)
    {
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["call", "health"], cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        using JsonDocument result = JsonDocument.Parse(run.Stdout);
        Assert.That(result.RootElement.GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(result.RootElement.GetProperty("track").GetString(), Is.EqualTo("core"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Edge_call_rpc_discover_prints_its_openrpc_document(CancellationToken cancellationToken)
    {
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Edge, ["call", "rpc.discover"], cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        using JsonDocument document = JsonDocument.Parse(run.Stdout);
        Assert.That(document.RootElement.GetProperty("openrpc").GetString(), Is.EqualTo("1.3.2"));
        Assert.That(document.RootElement.GetProperty("methods").GetArrayLength(), Is.GreaterThan(5));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Edge_call_tts_convert_returns_real_wav_audio_from_espeak(CancellationToken cancellationToken)
    {
        Tools.Require("espeak-ng");
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Edge, ["call", "tts.convert", "{\"text\":\"Hello from OpenClaw\"}"], cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        using JsonDocument result = JsonDocument.Parse(run.Stdout);
        Assert.That(result.RootElement.GetProperty("provider").GetString(), Is.EqualTo("espeak"));
        byte[] audio = Convert.FromBase64String(result.RootElement.GetProperty("audioBase64").GetString()!);
        Assert.That(audio.AsSpan(0, 4).SequenceEqual("RIFF"u8), Is.True);
        Assert.That(result.RootElement.GetProperty("durationMs").GetInt64(), Is.GreaterThan(500));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Call_with_params_and_options_after_the_command(CancellationToken cancellationToken)
    {
        using var config = new TempDirectory();
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["call", "status", "{}", "--state-dir", config.Path], cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        using JsonDocument status = JsonDocument.Parse(run.Stdout);
        Assert.That(status.RootElement.GetProperty("stateDir").GetString(), Is.EqualTo(config.Path));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Call_agent_run_with_a_progress_token_prints_the_answer_after_its_progress(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiStream(["Hel", "lo"]));
        using var config = new TempDirectory();
        string path = Path.Combine(config.Path, "openclaw.json");
        await File.WriteAllTextAsync(path, AgentConfig.For(server), cancellationToken);
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["--config", path, "call", "agent.run", "{\"message\":\"hi\",\"progressToken\":\"t\"}"],
            environment: AgentConfig.Environment(), cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        using JsonDocument result = JsonDocument.Parse(run.Stdout);
        Assert.That(result.RootElement.GetProperty("text").GetString(), Is.EqualTo("Hello"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Call_that_gets_an_rpc_error_exits_1_with_the_error_on_stderr(CancellationToken cancellationToken)
    {
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["call", "sessions.history", "{}"], cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Stdout, Is.Empty);
        using JsonDocument error = JsonDocument.Parse(run.Stderr[run.Stderr.IndexOf('{', StringComparison.Ordinal)..]);
        Assert.That(error.RootElement.GetProperty("code").GetInt32(), Is.EqualTo(-32602));
    }

    [TestCase("--bogus")]
    [TestCase("call")]
    [TestCase("call", "health", "{not json")]
    [TestCase("frobnicate")]
    public async Task A_usage_error_exits_64_with_a_one_line_hint(params string[] args)
    {
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, args);
        Assert.That(run.ExitCode, Is.EqualTo(64));
        Assert.That(run.Stdout, Is.Empty);
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Stderr, Does.Match("Try 'openclaw-core (call )?--help'"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Version_and_help_print_to_stdout(CancellationToken cancellationToken)
    {
        CliRun version = await CliRun.ExecuteAsync(RuntimeTrack.Edge, ["--version"], cancellationToken: cancellationToken);
        Assert.That(version.Stdout.Trim(), Is.EqualTo("openclaw-edge 0.1.0"));
        CliRun help = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["--help"], cancellationToken: cancellationToken);
        Assert.That(help.ExitCode, Is.Zero);
        Assert.That(help.Stdout, Does.Contain("Usage:").And.Contain("--parent-pid"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task An_invalid_config_stops_start_up_with_exit_2_naming_the_key_and_writes_no_frame(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("bad.json"), "{ \"runtime\": { \"rpc\": { \"maxInFlight\": -3 } } }");
        var environment = new Dictionary<string, string> { ["OPENCLAW_CONFIG_PATH"] = dir.File("bad.json") };
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, [], "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"health\"}\n", environment, cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stdout, Is.Empty);
        Assert.That(run.Stderr, Does.Contain("runtime.rpc.maxInFlight"));
    }

    [TestCase("{not json", "expected ':' after the key \"not\", found 'j' at line 1, column 6")]
    [TestCase("{\"text\": }", "expected a value (an object, array, string, number, true, false or null), found '}' at line 1, column 10")]
    [TestCase("{\"a\":1}}", "unexpected '}' after the value (only white space and comments may follow it) at line 1, column 8")]
    [CancelAfter(120_000)]
    public async Task A_params_argument_that_is_not_json_is_explained_in_words_with_line_and_column(string json, string problem,
        CancellationToken cancellationToken)
    {
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["call", "health", json], cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.EqualTo(64));
        Assert.That(run.Stderr.TrimEnd(), Is.EqualTo($"openclaw-core: the params argument is not valid JSON: {problem}. Try 'openclaw-core --help'."));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task A_params_argument_may_be_written_as_json5(CancellationToken cancellationToken)
    {
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["call", "initialize", "{protocolVersion: '1.0',}"], cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(run.Stdout, Does.Contain("\"protocolVersion\""));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task A_config_file_that_is_not_json5_stops_start_up_saying_what_is_wrong_and_where(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("bad.json5"), "{\n  runtime: {\n    rpc: { maxInFlight: 4 \n  },\n  logging: {}\n");
        var environment = new Dictionary<string, string> { ["OPENCLAW_CONFIG_PATH"] = dir.File("bad.json5") };
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["call", "health"], environment: environment, cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr.TrimEnd(), Is.EqualTo("openclaw-core: invalid config: (file): not valid JSON5: this '{' is never closed at line 2, column 12"));
    }
}

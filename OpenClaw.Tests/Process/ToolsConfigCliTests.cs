using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Features.Diagnostics;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>The real binary with a refused tools or MCP config: start-up exits 2 naming the key; doctor still runs and names it.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ToolsConfigCliTests
{
    [TestCase("""{"mcp":{"servers":{"my files":{"command":"npx"}}}}""", "mcp.servers.my files: a server name is 1 to 32 letters")]
    [TestCase("""{"mcp":{"servers":{"files":{"args":["-y"]}}}}""", "mcp.servers.files: needs command (a stdio server) or url (an HTTP server)")]
    [TestCase("""{"tools":{"ask":"never"}}""", "tools.ask: must be \"always\", \"on-miss\" or \"off\"")]
    [CancelAfter(120_000)]
    public async Task A_refused_tools_config_stops_start_up_with_exit_2_naming_the_key(string config, string message, CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("openclaw.json"), config);
        var environment = new Dictionary<string, string> { ["OPENCLAW_CONFIG_PATH"] = dir.File("openclaw.json") };

        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["call", "health"], environment: environment, cancellationToken: cancellationToken);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
        Assert.That(run.Stdout, Is.Empty);
        Assert.That(run.Stderr, Does.Contain($"invalid config: {message}"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task An_interpreter_startup_variable_exits_2_and_doctor_lists_every_refused_env_key(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("openclaw.json"), """
            { mcp: { servers: {
                files: { command: 'npx', env: { NODE_OPTIONS: '--require /tmp/evil.js', NODE_ENV: 'production' } },
                py: { command: 'uvx', env: { pythonpath: '/tmp/evil' } } } } }
            """);
        var environment = new Dictionary<string, string> { ["OPENCLAW_CONFIG_PATH"] = dir.File("openclaw.json") };

        CliRun start = await CliRun.ExecuteAsync(RuntimeTrack.Edge, ["call", "health"], environment: environment, cancellationToken: cancellationToken);
        Assert.That(start.ExitCode, Is.EqualTo(2), start.Stderr);
        Assert.That(start.Stderr, Does.Contain("invalid config: mcp.servers.files.env.NODE_OPTIONS: refused: an interpreter-startup variable"));
        Assert.That(start.Stderr, Does.Not.Contain("evil"), "the value is not repeated");

        CliRun doctor = await CliRun.ExecuteAsync(RuntimeTrack.Edge, ["doctor", "--json"], environment: environment, cancellationToken: cancellationToken);
        Assert.That(doctor.ExitCode, Is.EqualTo(1), doctor.Stderr);
        using JsonDocument result = JsonDocument.Parse(doctor.Stdout);
        JsonElement mcp = DoctorTests.Check(result.RootElement, "mcp");
        Assert.That(mcp.GetProperty("status").GetString(), Is.EqualTo("fail"));
        Assert.That(mcp.GetProperty("message").GetString(), Does.StartWith("mcp.servers.files.env.NODE_OPTIONS: refused"));
        Assert.That(mcp.GetProperty("detail").GetString(), Is.EqualTo("refused env keys: mcp.servers.files.env.NODE_OPTIONS, mcp.servers.py.env.pythonpath"));
    }
}

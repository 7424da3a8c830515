using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>
/// <c>--stdio</c>, which vscode-languageclient's <c>TransportKind.stdio</c> appends to the command line, is accepted
/// and ignored wherever serving starts.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class StdioOptionProcessTests
{
    [TestCase("--stdio")]
    [TestCase("serve", "--stdio")]
    public async Task Serve_with_stdio_answers_on_stdio(params string[] args)
    {
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, args, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"health\"}\n");
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        using JsonDocument response = JsonDocument.Parse(run.Stdout);
        Assert.That(response.RootElement.GetProperty("result").GetProperty("status").GetString(), Is.EqualTo("ok"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Acp_with_stdio_answers_acp_initialize(CancellationToken cancellationToken)
    {
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Edge, ["acp", "--stdio"],
            "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":1,\"clientCapabilities\":{}}}\n",
            cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        using JsonDocument response = JsonDocument.Parse(run.Stdout);
        Assert.That(response.RootElement.GetProperty("result").GetProperty("protocolVersion").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Stdio_with_a_command_that_does_not_serve_is_a_usage_error(CancellationToken cancellationToken)
    {
        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["call", "health", "--stdio"], cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.EqualTo(64));
        Assert.That(run.Stderr.TrimEnd(), Is.EqualTo("openclaw-core: --stdio is not an option of call. Try 'openclaw-core call --help'."));
    }
}

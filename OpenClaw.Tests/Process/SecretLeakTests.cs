using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;
using static OpenClaw.Tests.Support.KeysInPlainVariables;

namespace OpenClaw.Tests.Process;

/// <summary>
/// A key echoed back by a provider's error body or quoted by a child's stderr never reaches an answer, the log or a
/// report of the real executable, whatever variable held it (<c>LLM_CRED</c>, <c>MY_LLM</c>).
/// </summary>
[Platform("Linux")]
[Parallelizable(ParallelScope.All)]
public sealed class SecretLeakTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task A_provider_echoing_the_key_in_its_401_body_gets_it_into_neither_the_agent_run_error_nor_the_log(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        await using var server = new FakeLlmServer();
        server.Always("p", EchoingRefusal());

        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["--log-level", "debug", "call", "agent.run", "{\"message\":\"hi\"}"],
            environment: Environment(dir, "/nonexistent", server.BaseUrl("p")), cancellationToken: cancellationToken);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
        Assert.That(server.RequestsTo("p"), Has.Count.GreaterThanOrEqualTo(2), "both providers were asked and answered with their key");
        Assert.That(run.Stderr, Does.Contain("refused the key (HTTP 401, [redacted])"), "the echoed key reached the error, redacted");
        AssertNoKey(run.Stdout + run.Stderr);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Doctor_deep_reports_a_provider_echoing_the_key_without_the_key(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        await using var server = new FakeLlmServer();
        server.Always("p", EchoingRefusal());

        CliRun text = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["doctor", "--deep"],
            environment: Environment(dir, "/nonexistent", server.BaseUrl("p")), cancellationToken: cancellationToken);
        CliRun json = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["doctor", "--deep", "--json"],
            environment: Environment(dir, "/nonexistent", server.BaseUrl("p")), cancellationToken: cancellationToken);

        Assert.That(text.Stdout, Does.Contain("refused the key (HTTP 401, [redacted])"), text.Stdout + text.Stderr);
        AssertNoKey(text.Stdout + text.Stderr + json.Stdout + json.Stderr);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_child_quoting_a_key_on_stderr_gets_it_into_neither_the_32012_error_nor_the_log(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        // The second line puts a key across the 200-character cut of the reason: not even its start may show.
        string bin = StandInBinary.Write(dir, "kittentts",
            $"echo 'voice model refused key {EnvKey}' >&2; printf '%0140d{RefKey}\\n' 0 >&2; exit 3");

        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["--log-level", "debug", "call", "tts.convert", "{\"text\":\"hi\"}"],
            environment: Environment(dir, bin), cancellationToken: cancellationToken);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
        Assert.That(run.Stderr, Does.Contain("-32012").And.Contain("voice model refused key [redacted]"));
        AssertNoKey(run.Stdout + run.Stderr);
        Assert.That(run.Stdout + run.Stderr, Does.Not.Contain(RefKey[..8]), "a key cut by the reason's length bound shows no part of itself");
    }

    private static LlmReply EchoingRefusal() =>
        LlmReply.Error(401, "{\"error\":{\"message\":\"Incorrect API key provided: {key}\",\"code\":\"{key}\"}}") with { EchoKey = true };

}

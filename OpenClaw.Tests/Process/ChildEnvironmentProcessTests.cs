using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;
using static OpenClaw.Tests.Support.KeysInPlainVariables;

namespace OpenClaw.Tests.Process;

/// <summary>A key held in a variable whose name does not look secret never reaches a child of the real executable.</summary>
[Platform("Linux")]
[Parallelizable(ParallelScope.All)]
public sealed class ChildEnvironmentProcessTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task A_child_gets_no_variable_holding_a_configured_key_whatever_its_name(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        string bin = StandInBinary.Write(dir, "kittentts", $"env > {dir.File("child.env")}; exit 1");

        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["call", "tts.convert", "{\"text\":\"hi\"}"],
            environment: Environment(dir, bin), cancellationToken: cancellationToken);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
        string childEnvironment = await File.ReadAllTextAsync(dir.File("child.env"), cancellationToken);
        Assert.That(childEnvironment, Does.Contain($"OPENCLAW_TEST_VISIBLE={Visible}"), "the child inherits ordinary variables");
        Assert.That(childEnvironment, Does.Not.Contain(RefKey).And.Not.Contain(EnvKey).And.Not.Contain(TtsKey));
    }
}

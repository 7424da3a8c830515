using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Features.Diagnostics;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts;

/// <summary>The offlineBinaries doctor check: a configured binary that cannot run fails it, naming why.</summary>
public sealed class OfflineBinariesDoctorCheckTests
{
    [Test]
    [Platform("Linux,MacOsX")]
    [CancelAfter(60_000)]
    public async Task A_configured_offline_binary_that_cannot_run_fails_offlineBinaries(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        string bin = StandInBinary.Write(dir, "kittentts", "exit 0", executable: false);
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, environment: new Dictionary<string, string> { ["OPENCLAW_KITTENTTS_BIN"] = bin });
        JsonElement check = DoctorTests.Check(JsonAssert.Result(await harness.CallAsync("doctor", cancellationToken: cancellationToken)), "offlineBinaries");
        Assert.That(check.GetProperty("status").GetString(), Is.EqualTo("fail"));
        Assert.That(check.GetProperty("detail").GetString(), Does.Contain($"kittentts: not executable (no x permission): {bin}"));
    }
}

using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Features.Diagnostics;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>doctor on the command line: exit codes, JSON, the human report, and running when the config is broken.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class DoctorCliTests
{
    [Test]
    [CancelAfter(120_000)]
    public async Task With_an_invalid_config_start_up_exits_2_but_doctor_runs_and_reports_the_key(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("openclaw.json"), "{\"messages\":{\"tts\":{\"timeoutMs\":3}}}");
        var environment = new Dictionary<string, string> { ["OPENCLAW_CONFIG_PATH"] = dir.File("openclaw.json") };

        CliRun start = await CliRun.ExecuteAsync(RuntimeTrack.Core, [], "", environment, cancellationToken: cancellationToken);
        Assert.That(start.ExitCode, Is.EqualTo(2));

        CliRun doctor = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["doctor", "--non-interactive", "--json"], null, environment, cancellationToken: cancellationToken);
        Assert.That(doctor.ExitCode, Is.EqualTo(1), doctor.Stderr);
        using JsonDocument result = JsonDocument.Parse(doctor.Stdout);
        JsonElement config = DoctorTests.Check(result.RootElement, "config");
        Assert.That(config.GetProperty("status").GetString(), Is.EqualTo("fail"));
        Assert.That(config.GetProperty("message").GetString(), Does.StartWith("messages.tts.timeoutMs: "));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Self_healing_out_of_bounds_stops_start_up_and_doctor_and_the_audit_name_it(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        var environment = new Dictionary<string, string> { ["OPENCLAW_STATE_DIR"] = dir.Path, ["OPENCLAW_SELF_HEAL_MAX_ATTEMPTS"] = "9" };
        CliRun start = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["call", "health"], null, environment, cancellationToken: cancellationToken);
        Assert.That(start.ExitCode, Is.EqualTo(2));
        Assert.That(start.Stderr, Does.Contain("invalid config: OPENCLAW_SELF_HEAL_MAX_ATTEMPTS: must be an integer from 1 to 6"));

        CliRun doctor = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["doctor", "--json"], null, environment, cancellationToken: cancellationToken);
        Assert.That(doctor.ExitCode, Is.EqualTo(1), doctor.Stderr);
        using JsonDocument result = JsonDocument.Parse(doctor.Stdout);
        JsonElement check = DoctorTests.Check(result.RootElement, "selfHealing");
        Assert.That(check.GetProperty("status").GetString(), Is.EqualTo("fail"));
        Assert.That(check.GetProperty("message").GetString(), Does.StartWith("OPENCLAW_SELF_HEAL_MAX_ATTEMPTS: must be an integer from 1 to 6"));

        CliRun audit = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["security", "audit", "--json"], null, environment, cancellationToken: cancellationToken);
        using JsonDocument findings = JsonDocument.Parse(audit.Stdout);
        Assert.That(findings.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("checkId").GetString()),
            Does.Contain("selfHealing.bounds"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task A_healthy_install_exits_0_and_the_piped_report_is_aligned_text_without_colour(CancellationToken cancellationToken)
    {
        using var state = new TempDirectory();
        CliRun doctor = await CliRun.ExecuteAsync(RuntimeTrack.Edge, ["doctor", "--state-dir", state.Path], cancellationToken: cancellationToken);
        Assert.That(doctor.ExitCode, Is.Zero, doctor.Stdout);
        Assert.That(doctor.Stdout, Does.StartWith("openclaw-edge 0.1.0 doctor"));
        Assert.That(doctor.Stdout, Does.Contain("  PASS  trackContract    serves exactly the edge methods"));
        Assert.That(doctor.Stdout, Does.Not.Contain("\u001b["), "no colour codes when piped");
        Assert.That(doctor.Stdout.TrimEnd(), Does.EndWith("fail").And.Contain(" 0 fail"));
    }
}

using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Process;

/// <summary>
/// The audit and doctor of the real executable report a state dir, config or log file that another user owns, also
/// when reached through a symlink, whatever their modes (0700/0600 here, so only the owner is wrong).
/// </summary>
[Platform("Linux")]
[UnsupportedOSPlatform("windows")]
[Parallelizable(ParallelScope.All)]
public sealed class OwnershipAuditTests
{
    private const string Nobody = "65534";
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateDir = PrivateFile | UnixFileMode.UserExecute;

    [Test]
    [CancelAfter(120_000)]
    public async Task A_state_dir_through_a_symlink_a_config_and_a_log_owned_by_another_user_are_reported(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        string target = Directory.CreateDirectory(dir.File("elsewhere")).FullName;
        File.SetUnixFileMode(target, PrivateDir);
        string link = dir.File("state");
        File.CreateSymbolicLink(link, target);
        string config = dir.File("openclaw.json");
        File.WriteAllText(config, "{}");
        string log = dir.File("openclaw.log");
        File.WriteAllText(log, string.Empty);
        File.SetUnixFileMode(config, PrivateFile);
        File.SetUnixFileMode(log, PrivateFile);
        await ChownAsync([target, config, log], cancellationToken);
        string[] args = ["--state-dir", link, "--config", config, "--log-file", log];

        CliRun audit = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["security", "audit", "--json", .. args], cancellationToken: cancellationToken);
        CliRun doctor = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["doctor", "--json", .. args], cancellationToken: cancellationToken);

        Assert.That(audit.ExitCode, Is.EqualTo(2), audit.Stdout + audit.Stderr);
        Dictionary<string, JsonElement> findings = Findings(audit.Stdout);
        Assert.That(findings.Keys, Is.SupersetOf(new[] { "fs.stateDir.owner", "fs.config.owner", "logging.file.owner" }));
        Assert.That(findings["fs.stateDir.owner"].GetProperty("severity").GetString(), Is.EqualTo("critical"));
        Assert.That(findings["fs.stateDir.owner"].GetProperty("detail").GetString(), Does.Contain($"uid {Nobody}").And.Contain(target));
        Assert.That(findings["fs.config.owner"].GetProperty("severity").GetString(), Is.EqualTo("critical"));
        Assert.That(findings["logging.file.owner"].GetProperty("severity").GetString(), Is.EqualTo("warn"));
        Assert.That(findings.Keys, Has.None.EndsWith(".permissions"), "the modes are private: only the owner is wrong");

        Assert.That(doctor.ExitCode, Is.EqualTo(1), doctor.Stdout + doctor.Stderr);
        JsonElement ownership = Check(doctor.Stdout, "ownership");
        Assert.That(ownership.GetProperty("status").GetString(), Is.EqualTo("fail"));
        Assert.That(ownership.GetProperty("detail").GetString(), Does.Contain(target).And.Contain(config).And.Contain(log));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task A_symlink_owned_by_another_user_is_reported_even_when_it_points_at_a_dir_of_ours(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        string target = Directory.CreateDirectory(dir.File("mine")).FullName;
        File.SetUnixFileMode(target, PrivateDir);
        string link = dir.File("state");
        File.CreateSymbolicLink(link, target);
        await ChownAsync(["-h", link], cancellationToken);

        CliRun audit = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["security", "audit", "--json", "--state-dir", link], cancellationToken: cancellationToken);

        Assert.That(audit.ExitCode, Is.EqualTo(2), audit.Stdout + audit.Stderr);
        Dictionary<string, JsonElement> findings = Findings(audit.Stdout);
        Assert.That(findings.Keys, Does.Contain("fs.stateDir.owner"));
        Assert.That(findings["fs.stateDir.owner"].GetProperty("detail").GetString(), Does.Contain($"the symlink {link} is owned by uid {Nobody}"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Paths_of_our_own_are_not_reported(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        string target = Directory.CreateDirectory(dir.File("mine")).FullName;
        File.SetUnixFileMode(target, PrivateDir);
        string link = dir.File("state");
        File.CreateSymbolicLink(link, target);

        CliRun audit = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["security", "audit", "--json", "--state-dir", link], cancellationToken: cancellationToken);
        CliRun doctor = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["doctor", "--json", "--state-dir", link], cancellationToken: cancellationToken);

        Assert.That(Findings(audit.Stdout).Keys, Has.None.EndsWith(".owner"), audit.Stdout);
        Assert.That(Check(doctor.Stdout, "ownership").GetProperty("status").GetString(), Is.EqualTo("pass"), doctor.Stdout);
    }

    /// <summary>Gives the paths to uid 65534 (nobody); CI runs as root. Elsewhere the test is ignored, saying why.</summary>
    private static async Task ChownAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("chown") { RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in (string[])[.. arguments.Where(a => a == "-h"), Nobody, .. arguments.Where(a => a != "-h")])
        {
            start.ArgumentList.Add(argument);
        }

        using OsProcess chown = OsProcess.Start(start)!;
        string error = await chown.StandardError.ReadToEndAsync(cancellationToken);
        await chown.WaitForExitAsync(cancellationToken);
        if (chown.ExitCode != 0)
        {
            Assert.Ignore($"chown to uid {Nobody} is not permitted here (the test needs root, as CI has): {error.Trim()}");
        }
    }

    private static Dictionary<string, JsonElement> Findings(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .GroupBy(f => f.GetProperty("checkId").GetString()!)
            .ToDictionary(g => g.Key, g => g.First().Clone());
    }

    private static JsonElement Check(string json, string id)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id).Clone();
    }
}

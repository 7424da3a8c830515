using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>security audit on the command line: exit 2 while a critical finding remains, and the deep checksum check.</summary>
[Platform("Linux,MacOsX")]
[UnsupportedOSPlatform("windows")]
[Parallelizable(ParallelScope.All)]
public sealed class SecurityAuditCliTests
{
    [Test]
    [CancelAfter(120_000)]
    public async Task A_critical_finding_exits_2_and_fix_brings_it_to_0(CancellationToken cancellationToken)
    {
        using var state = new TempDirectory();
        File.SetUnixFileMode(state.Path, (UnixFileMode)Convert.ToInt32("777", 8));
        CliRun before = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["security", "audit", "--state-dir", state.Path], cancellationToken: cancellationToken);
        Assert.That(before.ExitCode, Is.EqualTo(2), before.Stdout);
        Assert.That(before.Stdout, Does.Contain("CRITICAL  fs.stateDir.permissions"));
        Assert.That(before.Stdout, Does.Not.Contain("\u001b["));

        CliRun fixing = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["security", "audit", "--fix", "--json", "--state-dir", state.Path], cancellationToken: cancellationToken);
        Assert.That(fixing.ExitCode, Is.Zero, fixing.Stdout);
        using JsonDocument result = JsonDocument.Parse(fixing.Stdout);
        Assert.That(result.RootElement.GetProperty("fix").GetProperty("changes")[0].GetProperty("to").GetString(), Is.EqualTo("0700"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task A_config_start_up_refuses_still_gets_every_finding_the_audit_can_make(CancellationToken cancellationToken)
    {
        using var state = new TempDirectory();
        const string literal = "sk-literal-in-a-refused-file-0042";
        File.WriteAllText(state.File("openclaw.json"), $$"""
            { messages: { tts: { openai: { apiKey: '{{literal}}' } } },
              runtime: { rpc: { maxInFlight: -3 } } }
            """);
        File.SetUnixFileMode(state.File("openclaw.json"), (UnixFileMode)Convert.ToInt32("644", 8));

        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["security", "audit", "--json", "--state-dir", state.Path], cancellationToken: cancellationToken);

        using JsonDocument result = JsonDocument.Parse(run.Stdout);
        var findings = result.RootElement.GetProperty("findings").EnumerateArray()
            .ToDictionary(f => f.GetProperty("checkId").GetString()!, f => f);
        Assert.That(findings.Keys, Is.SupersetOf(new[] { "config.invalid", "config.plaintextSecret", "fs.config.permissions" }), run.Stdout);
        Assert.That(findings["config.invalid"].GetProperty("detail").GetString(), Does.StartWith("runtime.rpc.maxInFlight: must be an integer"));
        Assert.That(findings["config.plaintextSecret"].GetProperty("detail").GetString(), Does.StartWith("messages.tts.openai.apiKey in "));
        Assert.That(findings["fs.config.permissions"].GetProperty("severity").GetString(), Is.EqualTo("critical"), "readable while it holds a literal key");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stdout + run.Stderr, Does.Not.Contain(literal));
    }

    [TestCase(true)]
    [TestCase(false)]
    [CancelAfter(120_000)]
    public async Task Deep_compares_the_binary_with_the_release_checksums(bool matching, CancellationToken cancellationToken)
    {
        using var copy = new TempDirectory();
        string source = Path.GetDirectoryName(RuntimeBinaries.PathOf(RuntimeTrack.Edge))!;
        foreach (string file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(copy.Path, Path.GetFileName(file)));
            File.SetUnixFileMode(Path.Combine(copy.Path, Path.GetFileName(file)), File.GetUnixFileMode(file));
        }

        string binary = Path.Combine(copy.Path, Path.GetFileName(RuntimeBinaries.PathOf(RuntimeTrack.Edge)));
        string hash = matching ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(binary))) : new string('0', 64);
        File.WriteAllText(Path.Combine(copy.Path, "SHA256SUMS"), $"{hash}  {Path.GetFileName(binary)}\n");
        using var state = new TempDirectory();

        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(binary, ["security", "audit", "--deep", "--json", "--state-dir", state.Path])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        string stdout = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        using JsonDocument result = JsonDocument.Parse(stdout);
        JsonElement finding = result.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("checkId").GetString() == "binary.checksum");
        Assert.That(finding.GetProperty("severity").GetString(), Is.EqualTo(matching ? "info" : "critical"));
        Assert.That(process.ExitCode, Is.EqualTo(matching ? 0 : 2));
    }
}

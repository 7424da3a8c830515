using System.Runtime.Versioning;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Diagnostics;

/// <summary>
/// security.audit: fix, ordering, and the System area's own rules. A rule another area contributes is tested in that area,
/// named after it (Features/Tts/TtsAuditRuleTests, Features/Sessions/SessionsAuditRuleTests, Features/Agent/AgentAuditRuleTests).
/// </summary>
[Platform("Linux,MacOsX")]
[UnsupportedOSPlatform("windows")]
public sealed class SecurityAuditTests
{
    private const string LiteralKey = "sk-literal-config-key-987654";
    private static readonly UnixFileMode Mode644 = (UnixFileMode)Convert.ToInt32("644", 8);
    private static readonly UnixFileMode Mode666 = (UnixFileMode)Convert.ToInt32("666", 8);
    private static readonly UnixFileMode Mode777 = (UnixFileMode)Convert.ToInt32("777", 8);

    [Test]
    [CancelAfter(60_000)]
    public async Task A_readable_config_with_a_literal_key_is_critical_and_fix_makes_it_private(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, configJson: $"{{\"messages\":{{\"tts\":{{\"openai\":{{\"apiKey\":\"{LiteralKey}\"}}}}}}}}");
        string config = Path.Combine(harness.StateDir, "openclaw.json");
        File.SetUnixFileMode(config, Mode644);
        File.SetUnixFileMode(harness.StateDir, (UnixFileMode)Convert.ToInt32("700", 8));

        JsonElement audit = JsonAssert.Result(await harness.CallAsync("security.audit", cancellationToken: cancellationToken));
        Assert.That(Finding(audit, "fs.config.permissions").GetProperty("severity").GetString(), Is.EqualTo("critical"));
        JsonElement secret = Finding(audit, "config.plaintextSecret");
        Assert.That(secret.GetProperty("severity").GetString(), Is.EqualTo("warn"));
        Assert.That(secret.GetProperty("detail").GetString(), Does.Contain("messages.tts.openai.apiKey"));
        Assert.That(audit.GetProperty("summary").GetProperty("critical").GetInt32(), Is.EqualTo(1));
        Assert.That(audit.GetRawText() + harness.Log, Does.Not.Contain(LiteralKey));

        JsonElement fixedUp = JsonAssert.Result(await harness.CallAsync("security.audit", "{\"fix\":true}", id: 2, cancellationToken: cancellationToken));
        JsonElement change = fixedUp.GetProperty("fix").GetProperty("changes").EnumerateArray().Single();
        Assert.That(change.GetProperty("path").GetString(), Is.EqualTo(config));
        Assert.That(change.GetProperty("from").GetString() + " -> " + change.GetProperty("to").GetString(), Is.EqualTo("0644 -> 0600"));
        Assert.That(fixedUp.GetProperty("summary").GetProperty("critical").GetInt32(), Is.Zero);
        Assert.That(File.GetUnixFileMode(config), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task State_the_runtime_creates_itself_passes_the_audit(CancellationToken cancellationToken)
    {
        using var parent = new TempDirectory();
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, stateDir: Path.Combine(parent.Path, "fresh"));
        JsonAssert.Result(await harness.CallAsync("tts.disable", cancellationToken: cancellationToken));
        JsonElement audit = JsonAssert.Result(await harness.CallAsync("security.audit", id: 2, cancellationToken: cancellationToken));
        Assert.That(Findings(audit).Select(f => f.GetProperty("checkId").GetString()).Where(id => id!.StartsWith("fs.", StringComparison.Ordinal)), Is.Empty);
        Assert.That(File.GetUnixFileMode(harness.StateDir), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_world_writable_state_dir_is_critical_and_state_files_open_to_others_are_warnings(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        JsonAssert.Result(await harness.CallAsync("tts.disable", cancellationToken: cancellationToken));
        string prefs = Path.Combine(harness.StateDir, "settings", "tts.json");
        File.SetUnixFileMode(prefs, Mode666);
        File.SetUnixFileMode(harness.StateDir, Mode777);

        JsonElement audit = JsonAssert.Result(await harness.CallAsync("security.audit", id: 2, cancellationToken: cancellationToken));
        Assert.That(Finding(audit, "fs.stateDir.permissions").GetProperty("severity").GetString(), Is.EqualTo("critical"));
        JsonElement file = Finding(audit, "fs.stateFiles.permissions");
        Assert.That(file.GetProperty("severity").GetString(), Is.EqualTo("warn"));
        Assert.That(file.GetProperty("detail").GetString(), Does.StartWith(prefs));
        Assert.That(audit.GetProperty("findings")[0].GetProperty("severity").GetString(), Is.EqualTo("critical"), "ordered by severity");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Debug_logging_is_noted_and_a_readable_log_file_is_a_warning(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        string log = dir.File("openclaw.log");
        File.WriteAllText(log, string.Empty);
        File.SetUnixFileMode(log, Mode644);
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, configJson: $"{{\"logging\":{{\"level\":\"debug\",\"file\":\"{log}\"}}}}");
        JsonElement audit = JsonAssert.Result(await harness.CallAsync("security.audit", cancellationToken: cancellationToken));
        Assert.That(Finding(audit, "logging.debug").GetProperty("severity").GetString(), Is.EqualTo("info"));
        Assert.That(Finding(audit, "logging.file.permissions").GetProperty("severity").GetString(), Is.EqualTo("warn"));
    }

    private static JsonElement[] Findings(JsonElement audit) => [.. audit.GetProperty("findings").EnumerateArray()];

    private static JsonElement Finding(JsonElement audit, string id) => Findings(audit).Single(f => f.GetProperty("checkId").GetString() == id);
}

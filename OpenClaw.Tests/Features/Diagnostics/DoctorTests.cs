using System.Runtime.Versioning;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Processes;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Diagnostics;

/// <summary>
/// doctor: the checks each track runs, fix, and the System area's own checks. A check another area contributes is tested
/// in that area, named after it (Features/Tts/OfflineBinariesDoctorCheckTests, Features/Agent/ProvidersDoctorCheckTests...).
/// </summary>
public sealed class DoctorTests
{
    [TestCase("core", new[] { "config", "stateDir", "ownership", "trackContract", "runtime", "disk", "childProcesses", "tts", "offlineBinaries", "selfHealing", "providers", "mcp" })]
    [TestCase("edge", new[] { "config", "stateDir", "ownership", "trackContract", "runtime", "disk", "childProcesses", "tts", "offlineBinaries", "selfHealing", "providers", "mcp", "transcription" })]
    [CancelAfter(60_000)]
    public async Task Each_track_runs_its_checks_and_its_contract_holds(string track, string[] ids, CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(track == "core" ? RuntimeTrack.Core : RuntimeTrack.Edge);
        JsonElement result = JsonAssert.Result(await harness.CallAsync("doctor", cancellationToken: cancellationToken));
        Assert.That(Checks(result).Select(c => c.GetProperty("id").GetString()), Is.EqualTo(ids));
        Assert.That(Check(result, "trackContract").GetProperty("status").GetString(), Is.EqualTo("pass"));
        Assert.That(Check(result, "config").GetProperty("status").GetString(), Is.EqualTo("pass"));
        Assert.That(result.GetProperty("ok").GetBoolean(), Is.True);
        Assert.That(result.TryGetProperty("fix", out _), Is.False, "no fix section without fix");
    }

    [Test]
    [Platform("Linux")]
    [CancelAfter(60_000)]
    public async Task Without_setpriv_childProcesses_warns_that_children_outlive_a_kill_9(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, extra: b => b.Services.AddSingleton(ChildContainment.None));
        JsonElement result = JsonAssert.Result(await harness.CallAsync("doctor", cancellationToken: cancellationToken));
        JsonElement check = Check(result, "childProcesses");
        Assert.That(check.GetProperty("status").GetString(), Is.EqualTo("warn"));
        Assert.That(check.GetProperty("detail").GetString(), Does.Contain("setpriv not found").And.Contain("kill -9"));
        Assert.That(result.GetProperty("ok").GetBoolean(), Is.True, "a warning: children still run");
    }

    [Test]
    [Platform("Linux,MacOsX")]
    [UnsupportedOSPlatform("windows")]
    [CancelAfter(60_000)]
    public async Task A_state_dir_open_to_others_fails_and_fix_tightens_only_it(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        string inside = Path.Combine(harness.StateDir, "keep.txt");
        File.WriteAllText(inside, "x");
        File.SetUnixFileMode(inside, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite);
        File.SetUnixFileMode(harness.StateDir, (UnixFileMode)Convert.ToInt32("777", 8));

        JsonElement before = JsonAssert.Result(await harness.CallAsync("doctor", cancellationToken: cancellationToken));
        JsonElement stateDir = Check(before, "stateDir");
        Assert.That(stateDir.GetProperty("status").GetString(), Is.EqualTo("fail"));
        Assert.That(stateDir.GetProperty("fixable").GetBoolean(), Is.True);
        Assert.That(before.GetProperty("ok").GetBoolean(), Is.False);

        JsonElement fixedUp = JsonAssert.Result(await harness.CallAsync("doctor", "{\"fix\":true}", id: 2, cancellationToken: cancellationToken));
        JsonElement change = fixedUp.GetProperty("fix").GetProperty("changes").EnumerateArray().Single();
        Assert.That(change.GetProperty("path").GetString(), Is.EqualTo(harness.StateDir));
        Assert.That(change.GetProperty("action").GetString(), Is.EqualTo("chmod"));
        Assert.That(change.GetProperty("from").GetString(), Is.EqualTo("0777"));
        Assert.That(change.GetProperty("to").GetString(), Is.EqualTo("0700"));
        Assert.That(UnixPermissionsOf(harness.StateDir), Is.EqualTo("700"));
        Assert.That(UnixPermissionsOf(inside), Is.EqualTo("666"), "fix changes nothing it does not list");
        Assert.That(Check(fixedUp, "stateDir").GetProperty("status").GetString(), Is.EqualTo("pass"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Fix_creates_a_missing_state_dir_owner_only_and_says_so(CancellationToken cancellationToken)
    {
        using var parent = new TempDirectory();
        string state = Path.Combine(parent.Path, "fresh");
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, stateDir: state);
        JsonElement result = JsonAssert.Result(await harness.CallAsync("doctor", "{\"fix\":true}", cancellationToken: cancellationToken));
        JsonElement change = result.GetProperty("fix").GetProperty("changes")[0];
        Assert.That(change.GetProperty("action").GetString(), Is.EqualTo("mkdir"));
        Assert.That(Directory.Exists(state), Is.True);
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(state), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
        }
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Unknown_keys_in_owned_sections_are_a_warning_naming_them(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core,
            configJson: "{\"messages\":{\"tts\":{\"provder\":\"espeak\",\"espeak\":{\"voise\":\"en\"}}},\"gateway\":{\"port\":1},\"logging\":{\"level\":\"info\"}}");
        JsonElement config = Check(JsonAssert.Result(await harness.CallAsync("doctor", cancellationToken: cancellationToken)), "config");
        Assert.That(config.GetProperty("status").GetString(), Is.EqualTo("warn"));
        Assert.That(config.GetProperty("message").GetString(), Is.EqualTo("unknown keys (ignored): messages.tts.espeak.voise, messages.tts.provder"));
    }

    internal static JsonElement Check(JsonElement result, string id) => Checks(result).Single(c => c.GetProperty("id").GetString() == id);

    private static JsonElement[] Checks(JsonElement result) => [.. result.GetProperty("checks").EnumerateArray()];

    [UnsupportedOSPlatform("windows")]
    private static string UnixPermissionsOf(string path) => Convert.ToString((int)File.GetUnixFileMode(path) & 0x1FF, 8);
}

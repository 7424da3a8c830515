using System.Runtime.Versioning;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>What security.audit says about session files: their modes, and secrets in transcripts (deep only).</summary>
[Platform("Linux,MacOsX")]
[UnsupportedOSPlatform("windows")]
public sealed class SessionsAuditRuleTests
{
    private const string FakeKey = "sk-test-Zq8vN2mK5xR7tY1wE4uI9oP3aS6dF0gH";
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateDir = PrivateFile | UnixFileMode.UserExecute;
    private static readonly UnixFileMode Mode644 = (UnixFileMode)Convert.ToInt32("644", 8);
    private static readonly UnixFileMode Mode755 = (UnixFileMode)Convert.ToInt32("755", 8);

    [Test]
    public async Task Session_files_are_private_to_their_owner_and_pass_the_audit()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        string id = await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        JsonElement reset = JsonAssert.Result(await harness.CallAsync("sessions.reset", "{\"sessionKey\":\"main\"}"));
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 2);
        string dir = SessionTurns.SessionsDir(harness);

        Assert.That(File.GetUnixFileMode(dir), Is.EqualTo(PrivateDir));
        Assert.That(File.GetUnixFileMode(Path.Combine(dir, "index.json")), Is.EqualTo(PrivateFile));
        Assert.That(File.GetUnixFileMode(Path.Combine(dir, reset.GetProperty("sessionId").GetString() + ".jsonl")), Is.EqualTo(PrivateFile));
        Assert.That(File.GetUnixFileMode(reset.GetProperty("archivedPath").GetString()!), Is.EqualTo(PrivateFile));
        Assert.That(id, Is.Not.Empty);

        JsonElement audit = JsonAssert.Result(await harness.CallAsync("security.audit", "{\"deep\":true}", id: 2));
        Assert.That(CheckIds(audit), Has.None.StartsWith("transcript"));
    }

    [Test]
    public async Task A_world_readable_transcript_is_reported_and_fix_makes_it_private()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        string id = await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        string dir = SessionTurns.SessionsDir(harness);
        string transcript = Path.Combine(dir, id + ".jsonl");
        File.SetUnixFileMode(transcript, Mode644);
        File.SetUnixFileMode(dir, Mode755);

        JsonElement audit = JsonAssert.Result(await harness.CallAsync("security.audit"));
        JsonElement[] findings = [.. Findings(audit).Where(f => f.GetProperty("checkId").GetString() == "fs.transcripts.permissions")];
        Assert.That(findings.Select(f => f.GetProperty("detail").GetString()), Is.EquivalentTo(new[] { $"{dir} has mode 0755", $"{transcript} has mode 0644" }));
        Assert.That(findings.Select(f => f.GetProperty("severity").GetString()), Is.All.EqualTo("warn"));
        Assert.That(CheckIds(audit), Has.None.EqualTo("fs.stateFiles.permissions"), "each file is reported once, by the area that owns it");

        JsonElement fixedUp = JsonAssert.Result(await harness.CallAsync("security.audit", "{\"fix\":true}", id: 2));
        Assert.That(CheckIds(fixedUp), Has.None.EqualTo("fs.transcripts.permissions"));
        JsonElement[] changes = [.. fixedUp.GetProperty("fix").GetProperty("changes").EnumerateArray()];
        Assert.That(changes.Select(c => c.GetProperty("path").GetString()), Does.Contain(dir).And.Contain(transcript));
        Assert.That(File.GetUnixFileMode(transcript), Is.EqualTo(PrivateFile));
        Assert.That(File.GetUnixFileMode(dir), Is.EqualTo(PrivateDir));
    }

    [Test]
    public async Task A_key_in_a_transcript_is_found_only_by_the_deep_audit_and_never_shown()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1);
        string id = await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 2, question: $"my key is {FakeKey}, keep it safe");
        string transcript = Path.Combine(SessionTurns.SessionsDir(harness), id + ".jsonl");

        JsonElement shallow = JsonAssert.Result(await harness.CallAsync("security.audit"));
        Assert.That(CheckIds(shallow), Has.None.EqualTo("transcripts.secrets"));

        JsonElement deep = JsonAssert.Result(await harness.CallAsync("security.audit", "{\"deep\":true}", id: 2));
        JsonElement finding = Findings(deep).Single(f => f.GetProperty("checkId").GetString() == "transcripts.secrets");
        Assert.That(finding.GetProperty("severity").GetString(), Is.EqualTo("warn"));
        Assert.That(finding.GetProperty("detail").GetString(), Is.EqualTo($"{transcript}: line 4 (an OpenAI-style API key)"));
        Assert.That(deep.GetRawText() + harness.Log, Does.Not.Contain(FakeKey).And.Not.Contain(FakeKey[8..]));
    }

    [TestCase("AKIAABCDEFGHIJKLMNOP", "an AWS access key id")]
    [TestCase("ghp_abcdefghijklmnopqrstuvwxyz0123456789", "a GitHub token")]
    [TestCase("sk-ant-api03-abcdefghijklmnopqrstuv", "an Anthropic API key")]
    [TestCase("sk-or-v1-abcdefghijklmnopqrstuv", "an OpenRouter API key")]
    [TestCase("-----BEGIN OPENSSH PRIVATE KEY-----", "a private key")]
    public async Task Each_documented_kind_of_secret_is_named(string secret, string kind)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1, answer: $"here: {secret}");
        JsonElement deep = JsonAssert.Result(await harness.CallAsync("security.audit", "{\"deep\":true}"));
        JsonElement finding = Findings(deep).Single(f => f.GetProperty("checkId").GetString() == "transcripts.secrets");
        Assert.That(finding.GetProperty("detail").GetString(), Does.EndWith($"line 3 ({kind})"));
        Assert.That(deep.GetRawText(), Does.Not.Contain(secret));
    }

    [Test]
    public async Task Words_that_merely_contain_sk_are_not_secrets()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "main", 1, question: "a risk-assessment-for-the-whole-project and a task-list-with-many-items");
        JsonElement deep = JsonAssert.Result(await harness.CallAsync("security.audit", "{\"deep\":true}"));
        Assert.That(CheckIds(deep), Has.None.EqualTo("transcripts.secrets"));
    }

    private static IEnumerable<JsonElement> Findings(JsonElement audit) => audit.GetProperty("findings").EnumerateArray();

    private static string?[] CheckIds(JsonElement audit) => [.. Findings(audit).Select(f => f.GetProperty("checkId").GetString())];
}

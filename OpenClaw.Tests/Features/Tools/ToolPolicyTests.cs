using OpenClaw.Rpc.Features.Tools;

namespace OpenClaw.Tests.Features.Tools;

/// <summary>The tool policy's order (deny, the session's answers, ask, allow, fallback) and its globs.</summary>
public sealed class ToolPolicyTests
{
    private static readonly Dictionary<string, bool> NoDecisions = [];

    [TestCase("*", "files__read_file", true)]
    [TestCase("files__*", "files__read_file", true)]
    [TestCase("files__read_*", "files__read_file", true)]
    [TestCase("files__read_*", "files__write_file", false)]
    [TestCase("*__echo", "everything__echo", true)]
    [TestCase("*__echo", "everything__echo2", false)]
    [TestCase("files__read_file", "files__read_file", true)]
    [TestCase("files__read_file", "Files__read_file", false)]
    [TestCase("a*b*c", "axxbyyc", true)]
    [TestCase("a*b*c", "axxbyy", false)]
    [TestCase("", "", true)]
    [TestCase("", "x", false)]
    public void Globs_match_the_whole_name_with_stars_only(string pattern, string name, bool matches) =>
        Assert.That(ToolGlobs.Matches(pattern, name), Is.EqualTo(matches));

    [Test]
    public void Many_stars_against_a_long_miss_stay_fast()
    {
        string pattern = string.Concat(Enumerable.Repeat("a*", 40)) + "b";
        Assert.That(ToolGlobs.Matches(pattern, new string('a', 5000)), Is.False);
    }

    [Test]
    public void Denied_tools_are_never_offered_or_run_even_when_allowed()
    {
        var policy = new ToolPolicy(new ToolsOptions { Deny = ["files__write_*"], Allow = ["*"] });
        Assert.That(policy.IsOffered("files__write_file"), Is.False);
        Assert.That(policy.IsOffered("files__read_file"), Is.True);
        Assert.That(policy.Decide("files__write_file", NoDecisions, canAsk: true).Kind, Is.EqualTo(ToolVerdictKind.Deny));
    }

    [Test]
    public void On_miss_runs_allowed_tools_and_asks_about_the_rest()
    {
        var policy = new ToolPolicy(new ToolsOptions { Allow = ["files__read_*"] });
        Assert.That(policy.Decide("files__read_file", NoDecisions, canAsk: true), Is.EqualTo(ToolVerdict.Allowed));
        Assert.That(policy.Decide("files__write_file", NoDecisions, canAsk: true), Is.EqualTo(ToolVerdict.AskUser));
    }

    [Test]
    public void Always_asks_even_for_allowed_tools()
    {
        var policy = new ToolPolicy(new ToolsOptions { Allow = ["*"], Ask = ToolAskMode.Always });
        Assert.That(policy.Decide("files__read_file", NoDecisions, canAsk: true), Is.EqualTo(ToolVerdict.AskUser));
    }

    [Test]
    public void Off_never_asks_and_denies_what_is_not_allowed()
    {
        var policy = new ToolPolicy(new ToolsOptions { Allow = ["files__read_*"], Ask = ToolAskMode.Off });
        Assert.That(policy.Decide("files__read_file", NoDecisions, canAsk: true), Is.EqualTo(ToolVerdict.Allowed));
        ToolVerdict denied = policy.Decide("files__write_file", NoDecisions, canAsk: true);
        Assert.That(denied.Kind, Is.EqualTo(ToolVerdictKind.Deny));
        Assert.That(denied.Reason, Does.Contain("tools.ask is off"));
    }

    [Test]
    public void A_client_that_cannot_be_asked_gets_the_fallback()
    {
        ToolVerdict denied = new ToolPolicy(new ToolsOptions()).Decide("files__write_file", NoDecisions, canAsk: false);
        Assert.That(denied.Kind, Is.EqualTo(ToolVerdictKind.Deny));
        Assert.That(denied.Reason, Does.Contain("tools.askFallback is deny"));
        Assert.That(new ToolPolicy(new ToolsOptions { AskFallbackAllows = true }).Decide("files__write_file", NoDecisions, canAsk: false),
            Is.EqualTo(ToolVerdict.Allowed));
    }

    [Test]
    public void The_sessions_always_answers_hold_before_asking()
    {
        var policy = new ToolPolicy(new ToolsOptions { Ask = ToolAskMode.Always, Allow = ["*"] });
        var decisions = new Dictionary<string, bool> { ["files__read_file"] = true, ["files__write_file"] = false };
        Assert.That(policy.Decide("files__read_file", decisions, canAsk: true), Is.EqualTo(ToolVerdict.Allowed));
        ToolVerdict rejected = policy.Decide("files__write_file", decisions, canAsk: true);
        Assert.That(rejected.Kind, Is.EqualTo(ToolVerdictKind.Deny));
        Assert.That(rejected.Reason, Does.Contain("rejected for this session"));
    }
}

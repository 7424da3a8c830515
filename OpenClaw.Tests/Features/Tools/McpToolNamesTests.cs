using OpenClaw.Rpc.Features.Tools.Mcp;

namespace OpenClaw.Tests.Features.Tools;

/// <summary>Tool names as providers accept them: <c>[A-Za-z0-9_-]{1,64}</c>, stable, and distinct for distinct tools.</summary>
public sealed class McpToolNamesTests
{
    [Test]
    public void A_name_that_fits_is_the_server_and_tool_joined_by_two_underscores()
    {
        Assert.That(McpToolNames.For("files", "read_file"), Is.EqualTo("files__read_file"));
        Assert.That(McpToolNames.For("everything", "get-sum"), Is.EqualTo("everything__get-sum"));
    }

    [TestCase("git", "log.show")]
    [TestCase("my server", "list")]
    [TestCase("db", "query_with_a_very_long_name_that_goes_on_and_on_past_the_sixty_four_character_limit")]
    [TestCase("ünï", "cödé")]
    public void A_name_that_does_not_fit_is_rewritten_into_one_a_provider_accepts_the_same_way_each_time(string server, string tool)
    {
        string name = McpToolNames.For(server, tool);

        Assert.That(name, Does.Match("^[A-Za-z0-9_-]{1,64}$"));
        Assert.That(name, Does.Match("_[0-9a-f]{8}$"), "the suffix from the unrewritten name");
        Assert.That(McpToolNames.For(server, tool), Is.EqualTo(name));
    }

    [Test]
    public void Two_names_that_rewrite_alike_still_differ()
    {
        Assert.That(McpToolNames.For("git", "log.show"), Is.Not.EqualTo(McpToolNames.For("git", "log show")));
        string longA = new string('a', 70) + "1";
        string longB = new string('a', 70) + "2";
        Assert.That(McpToolNames.For("s", longA), Is.Not.EqualTo(McpToolNames.For("s", longB)));
    }
}

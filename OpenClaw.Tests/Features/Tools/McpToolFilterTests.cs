using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tools.Mcp;

namespace OpenClaw.Tests.Features.Tools;

/// <summary><c>toolFilter.include/exclude</c> globs, matched on the raw tool name or the namespaced one.</summary>
public sealed class McpToolFilterTests
{
    [TestCase("read_*", "read_file", true)]
    [TestCase("read_*", "read_", true)]
    [TestCase("read_*", "write_file", false)]
    [TestCase("*_file", "read_text_file", true)]
    [TestCase("*", "", true)]
    [TestCase("a*b*c", "a_x_b_y_c", true)]
    [TestCase("a*b*c", "a_x_c_y_b", false)]
    [TestCase("list_directory", "list_directory", true)]
    [TestCase("list_directory", "list_directory_tree", false)]
    [TestCase("Read_*", "read_file", false)]
    public void A_star_stands_for_any_run_of_characters_and_everything_else_for_itself(string glob, string name, bool matches) =>
        Assert.That(ToolGlobs.Matches(glob, name), Is.EqualTo(matches));

    [Test]
    public void Include_and_exclude_match_the_raw_or_the_namespaced_name()
    {
        var server = new McpServerOptions { Name = "files", Command = "x", Include = ["read_*", "files__list_directory"], Exclude = ["files__read_secret*"] };

        Assert.That(McpToolFilter.Offers(server, "read_file", "files__read_file"), Is.True);
        Assert.That(McpToolFilter.Offers(server, "list_directory", "files__list_directory"), Is.True);
        Assert.That(McpToolFilter.Offers(server, "read_secrets", "files__read_secrets"), Is.False, "excluded");
        Assert.That(McpToolFilter.Offers(server, "write_file", "files__write_file"), Is.False, "not included");
    }

    [Test]
    public void Without_include_every_tool_not_excluded_is_offered()
    {
        var server = new McpServerOptions { Name = "git", Command = "x", Exclude = ["push"] };

        Assert.That(McpToolFilter.Offers(server, "log", "git__log"), Is.True);
        Assert.That(McpToolFilter.Offers(server, "push", "git__push"), Is.False);
    }
}

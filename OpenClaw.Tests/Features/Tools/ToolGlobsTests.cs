using OpenClaw.Rpc.Features.Tools;

namespace OpenClaw.Tests.Features.Tools;

/// <summary>Globs on tool names: <c>*</c> takes any run of characters, the rest matches itself; and which globs take a whole server.</summary>
public sealed class ToolGlobsTests
{
    [TestCase("*", "files__read_file", true)]
    [TestCase("files__*", "files__read_file", true)]
    [TestCase("files__*", "files2__read_file", false)]
    [TestCase("*__read_*", "git__read_log", true)]
    [TestCase("*__read_*", "git__readme", false)]
    [TestCase("files__read_file", "files__read_file", true)]
    [TestCase("files__read_file", "files__read_files", false)]
    [TestCase("Files__*", "files__read_file", false)]
    [TestCase("a*b*c", "aXbYbZc", true)]
    [TestCase("a*b*c", "aXbYbZ", false)]
    [TestCase("**", "", true)]
    public void A_glob_matches_the_whole_name(string glob, string name, bool matches) =>
        Assert.That(ToolGlobs.Matches(glob, name), Is.EqualTo(matches));

    [TestCase("files__*", "files", true)]
    [TestCase("fi*", "files", true)]
    [TestCase("*__*", "files", true)]
    [TestCase("files__read_*", "files", false)]
    [TestCase("files__*_file", "files", false)]
    [TestCase("git__*", "files", false)]
    public void A_glob_covers_a_server_when_any_tool_name_after_its_prefix_matches(string glob, string server, bool covers) =>
        Assert.That(ToolGlobs.CoversServer(glob, server), Is.EqualTo(covers));
}

namespace OpenClaw.Tests.Architecture;

/// <summary>
/// The layering of OpenClaw.Rpc holds by itself: features never reach into the host or the command line, the
/// dispatcher knows neither, the protocol folder knows no feature, and no two folders depend on each other in a circle.
/// </summary>
public sealed class LayeringTests
{
    private static readonly FolderDependencies Dependencies = FolderDependencies.Read();

    [Test]
    public void The_source_tree_is_read() =>
        Assert.That(Dependencies.Edges.Keys, Has.Member("Dispatch").And.Member("Features/Tts").And.Member("Hosting"));

    [Test]
    public void No_two_folders_depend_on_each_other_in_a_circle() =>
        Assert.That(Dependencies.Cycles().Select(c => string.Join(" <-> ", c)), Is.Empty);

    [TestCase("Features/*", "Hosting")]
    [TestCase("Features/*", "Cli")]
    [TestCase("Dispatch", "Hosting")]
    [TestCase("Dispatch", "Cli")]
    [TestCase("Protocol", "Features/*")]
    public void A_forbidden_dependency_is_absent(string from, string to)
    {
        string[] found = [.. Dependencies.Edges
            .Where(e => Matches(e.Key, from))
            .SelectMany(e => e.Value.Where(u => Matches(u.Key, to)).Select(u => $"{e.Key} -> {u.Key} ({u.Value})"))];
        Assert.That(found, Is.Empty);
    }

    private static bool Matches(string folder, string pattern) =>
        pattern.EndsWith("/*", StringComparison.Ordinal) ? folder.StartsWith(pattern[..^1], StringComparison.Ordinal) : folder == pattern;
}

using System.Text.RegularExpressions;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Agent;
using OpenClaw.Rpc.Features.Agent.SelfHealing;
using OpenClaw.Rpc.Features.Tts;
using OpenClaw.Rpc.Features.Voice;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Configuration;

/// <summary>The keys and variables the documents promise are the ones in the areas' tables.</summary>
public sealed partial class ConfigKeyDocsTests
{
    [Test]
    public void Each_row_of_the_protocol_configuration_table_is_a_table_key_with_the_same_variables()
    {
        string[] rows = [.. TableRows(Section(ProtocolFiles.Text("README.md"), "## 9."), "| key | env | flag | meaning |")];
        ConfigKey[] known = [.. ConfigKeyArea.All.SelectMany(a => a.Keys)];
        var documented = new List<ConfigKey>();
        foreach (string row in rows.Where(r => !Cell(r, 0).StartsWith($"`{AgentConfigKeys.Providers.Key}.", StringComparison.Ordinal)))
        {
            string[] variables = [.. Quoted(Cell(row, 1))];
            string[] keys = [.. Quoted(Cell(row, 0))];
            ConfigKey? key = keys.Length == 0 ? known.SingleOrDefault(k => k.Variables.SequenceEqual(variables)) : known.SingleOrDefault(k => k.Key == keys[0]);
            Assert.That(key, Is.Not.Null, row);
            Assert.That(key!.Variables, Is.EqualTo(variables), row);
            documented.Add(key);
        }

        Assert.That(HostConfigKeys.All.Concat(SelfHealingConfigKeys.All).Except(documented).Select(k => k.Key), Is.Empty, "read but not documented");
    }

    [Test]
    public void The_readme_lists_every_tts_and_voice_key_with_its_variables()
    {
        string[] rows = [.. TableRows(File.ReadAllText(SourceTree.PathOf("README.md")), "| key | default | meaning |")];
        ConfigKey[] table = [.. TtsConfigKeys.All, .. VoiceConfigKeys.All];
        var documented = new List<string>();
        foreach (string row in rows)
        {
            string[] keys = [.. Quoted(Cell(row, 0)).SelectMany(Expand)];
            string[] variables = [.. Variable().Matches(row).Select(m => m.Value).Distinct()];
            Assert.That(keys, Is.SubsetOf(table.Select(k => k.Key)), row);
            Assert.That(variables, Is.EquivalentTo(table.Where(k => keys.Contains(k.Key)).SelectMany(k => k.Variables).Distinct()), row);
            documented.AddRange(keys);
        }

        Assert.That(table.Select(k => k.Key).Except(documented), Is.Empty, "read but not documented");
    }

    private static string Section(string markdown, string heading)
    {
        int start = markdown.IndexOf("\n" + heading, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), heading);
        int end = markdown.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    /// <summary>
    /// The body rows of the table under <paramref name="header"/>, up to the first line that is neither a row nor blank
    /// (protocol §9 splits its table with a blank line).
    /// </summary>
    private static IEnumerable<string> TableRows(string markdown, string header)
    {
        int start = markdown.IndexOf(header, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), header);
        string[] lines = markdown[start..].Split('\n');
        return lines.Skip(2).TakeWhile(l => l.StartsWith('|') || l.Trim().Length == 0).Where(l => l.StartsWith('|'));
    }

    private static string Cell(string row, int index) => row.Split('|')[index + 1].Trim();

    private static IEnumerable<string> Quoted(string cell) => Backticked().Matches(cell).Select(m => m.Groups[1].Value);

    /// <summary><c>a.{b,c}</c> is <c>a.b</c> and <c>a.c</c>.</summary>
    private static IEnumerable<string> Expand(string key)
    {
        Match braces = Braces().Match(key);
        return braces.Success ? braces.Groups[2].Value.Split(',').Select(part => braces.Groups[1].Value + part.Trim()) : [key];
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"^(.*)\{([^}]+)\}$")]
    private static partial Regex Braces();

    [GeneratedRegex(@"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b")]
    private static partial Regex Variable();
}

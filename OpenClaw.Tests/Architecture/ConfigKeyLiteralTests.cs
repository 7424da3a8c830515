using System.Text.RegularExpressions;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Architecture;

/// <summary>
/// Loaders, <c>config.get</c> entries and key registrations name config keys and their environment variables only
/// through their area's table, so a key read there but missing from the table (which doctor would then call unknown)
/// cannot creep back in.
/// </summary>
public sealed partial class ConfigKeyLiteralTests
{
    [Test]
    public void Loaders_settings_and_registrations_name_no_key_or_variable_literally()
    {
        string root = SourceTree.PathOf("OpenClaw.Rpc");
        string[] files = [.. Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .Where(f => ReadsOrNamesKeys().IsMatch(Path.GetFileName(f)))];
        Assert.That(files, Has.Member("Features/Tts/TtsOptionsLoader.cs").And.Member("Configuration/RuntimeSettingsLoader.cs")
            .And.Member("Features/Agent/AgentEffectiveSettings.cs").And.Member("Features/Voice/VoiceBuilderExtensions.cs"));

        string[] literals = [.. files.SelectMany(file => File.ReadLines(Path.Combine(root, file))
            .Select((line, index) => (line, index))
            .Where(l => !l.line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .SelectMany(l => KeyOrVariableLiteral().Matches(l.line).Select(m => $"{file}:{l.index + 1}: {m.Value}")))];
        Assert.That(literals, Is.Empty);
    }

    [GeneratedRegex(@"(Loader|EffectiveSettings|BuilderExtensions|EntryReader)\.cs$")]
    private static partial Regex ReadsOrNamesKeys();

    [GeneratedRegex(@"""(?:(?:messages|voice|sessions|runtime|logging|models|agents)\.[A-Za-z]|(?:stateDir|configPath)""|[A-Z][A-Z0-9]*_[A-Z0-9_]+"")")]
    private static partial Regex KeyOrVariableLiteral();
}

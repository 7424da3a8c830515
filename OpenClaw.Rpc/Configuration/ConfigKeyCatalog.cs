namespace OpenClaw.Rpc.Configuration;

/// <summary>
/// The config keys each area reads, so doctor can flag a misspelt key inside a section this runtime owns
/// (keys in upstream OpenClaw's other sections are carried along and never flagged).
/// </summary>
internal sealed class ConfigKeyCatalog
{
    private readonly HashSet<string> _sections = new(StringComparer.Ordinal);
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    /// <summary>Declares each section as owned, with the keys read under it; adding a section again changes nothing.</summary>
    public void Add(params IEnumerable<ConfigSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        foreach (ConfigSection section in sections)
        {
            // A key outside its section would never be checked, and the section would flag it as unknown.
            if (section.Keys.FirstOrDefault(k => !k.Key.StartsWith(section.Name + ".", StringComparison.Ordinal)) is { } stray)
            {
                throw new ArgumentException($"{stray.Key} is not under {section.Name}", nameof(sections));
            }

            _sections.Add(section.Name);
            _keys.UnionWith(section.Keys.Select(k => k.Key));
        }
    }

    /// <summary>Owned sections.</summary>
    public IReadOnlyCollection<string> Sections => _sections;

    /// <summary>Whether <paramref name="key"/> (or a section above it, for object-valued keys) is read by some area.</summary>
    public bool Knows(string key) => _keys.Contains(key) || _keys.Any(k => key.StartsWith(k + ".", StringComparison.Ordinal));
}

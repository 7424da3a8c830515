namespace OpenClaw.Rpc.Configuration;

/// <summary>
/// The config keys each area reads, so doctor can flag a misspelt key inside a section this runtime owns
/// (keys in upstream OpenClaw's other sections are carried along and never flagged).
/// </summary>
internal sealed class ConfigKeyCatalog
{
    private readonly HashSet<string> _sections = new(StringComparer.Ordinal);
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    /// <summary>Declares <paramref name="section"/> (dotted) as owned and the keys under it that are read.</summary>
    public void Add(string section, params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _sections.Add(section);
        foreach (string key in keys)
        {
            _keys.Add($"{section}.{key}");
        }
    }

    /// <summary>Owned sections.</summary>
    public IReadOnlyCollection<string> Sections => _sections;

    /// <summary>Whether <paramref name="key"/> (or a section above it, for object-valued keys) is read by some area.</summary>
    public bool Knows(string key) => _keys.Contains(key) || _keys.Any(k => key.StartsWith(k + ".", StringComparison.Ordinal));
}

namespace OpenClaw.Rpc.Configuration;

/// <summary>An environment given as a dictionary, for embedding hosts and tests.</summary>
internal sealed class DictionaryEnvironmentReader(IReadOnlyDictionary<string, string> variables) : IEnvironmentReader
{
    /// <inheritdoc />
    public string? Read(string name) => variables.TryGetValue(name, out string? value) && value.Length > 0 ? value : null;

    /// <inheritdoc />
    public IEnumerable<KeyValuePair<string, string>> All() => variables.Where(v => v.Value.Length > 0);
}

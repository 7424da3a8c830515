using System.Collections;

namespace OpenClaw.Rpc.Configuration;

/// <summary>The real process environment.</summary>
internal sealed class ProcessEnvironmentReader : IEnvironmentReader
{
    public string? Read(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

    public IEnumerable<KeyValuePair<string, string>> All()
    {
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && entry.Value is string { Length: > 0 } value)
            {
                yield return new KeyValuePair<string, string>(key, value);
            }
        }
    }
}

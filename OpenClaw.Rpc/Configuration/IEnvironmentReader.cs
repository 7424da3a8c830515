namespace OpenClaw.Rpc.Configuration;

/// <summary>Reads environment variables; an empty value counts as unset.</summary>
internal interface IEnvironmentReader
{
    /// <summary>The value of <paramref name="name"/>, or null when unset or empty.</summary>
    string? Read(string name);

    /// <summary>Every variable that is set and not empty.</summary>
    IEnumerable<KeyValuePair<string, string>> All();
}

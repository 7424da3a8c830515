namespace OpenClaw.Rpc.Dispatch;

/// <summary>The methods this track serves, as registered by the composition root. <c>initialize</c> reports it.</summary>
internal sealed class MethodCatalog
{
    private readonly SortedSet<string> _methods = new(StringComparer.Ordinal);

    /// <summary>Method names in ordinal order.</summary>
    public IReadOnlyCollection<string> Methods => _methods;

    /// <summary>Whether <paramref name="method"/> is served.</summary>
    public bool Contains(string method) => _methods.Contains(method);

    internal void Add(string method) => _methods.Add(method);
}

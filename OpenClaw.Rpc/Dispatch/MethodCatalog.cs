namespace OpenClaw.Rpc.Dispatch;

/// <summary>The methods this track serves in each dialect, as registered by the composition root. <c>initialize</c> reports them.</summary>
internal sealed class MethodCatalog
{
    private readonly Dictionary<string, SortedSet<string>> _byDialect = new(StringComparer.Ordinal);

    /// <summary>Methods of the native protocol in ordinal order.</summary>
    public IReadOnlyCollection<string> Methods => For(RpcDialects.Native);

    /// <summary>Methods of <paramref name="dialect"/> in ordinal order; empty for a dialect this track does not serve.</summary>
    public IReadOnlyCollection<string> For(string dialect) => _byDialect.TryGetValue(dialect, out SortedSet<string>? methods) ? methods : [];

    /// <summary>Whether <paramref name="method"/> is served in the native protocol.</summary>
    public bool Contains(string method) => Contains(RpcDialects.Native, method);

    /// <summary>Whether <paramref name="method"/> is served in <paramref name="dialect"/>.</summary>
    public bool Contains(string dialect, string method) => _byDialect.TryGetValue(dialect, out SortedSet<string>? methods) && methods.Contains(method);

    internal void Add(string dialect, string method)
    {
        if (!_byDialect.TryGetValue(dialect, out SortedSet<string>? methods))
        {
            methods = new SortedSet<string>(StringComparer.Ordinal);
            _byDialect.Add(dialect, methods);
        }

        methods.Add(method);
    }
}

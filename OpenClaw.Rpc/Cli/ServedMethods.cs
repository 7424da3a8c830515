using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Cli;

/// <summary>
/// The native methods this executable serves (the composition's catalog, never the document's track list), with
/// what the OpenRPC document says about each. A name it does not serve is a usage error with the closest names.
/// </summary>
internal sealed class ServedMethods(MethodCatalog catalog, ServerIdentity identity)
{
    private readonly Lazy<IReadOnlyDictionary<string, MethodDescription>> _documented = new(MethodDescriptions.Load);

    /// <summary>The executable's name, for messages.</summary>
    public string Executable => identity.Name;

    /// <summary>Served method names in ordinal order.</summary>
    public IReadOnlyCollection<string> Names => catalog.Methods;

    /// <summary>The description of a served method; throws <see cref="UsageException"/> for any other name.</summary>
    public MethodDescription Require(string method)
    {
        if (!catalog.Contains(method))
        {
            throw new UsageException(NotServed(method), "call");
        }

        return _documented.Value.TryGetValue(method, out MethodDescription? description)
            ? description
            : new MethodDescription(method, string.Empty, [], [identity.Track.WireName()]);
    }

    private string NotServed(string method)
    {
        string exe = identity.Name;
        string hint = DidYouMean.Hint(method, catalog.Methods);
        if (hint.Length > 0)
        {
            return $"unknown method '{method}'{hint}";
        }

        return _documented.Value.TryGetValue(method, out MethodDescription? elsewhere) && elsewhere.Tracks.Count > 0
            ? $"'{method}' is not served by {exe}, only by {string.Join(" and ", elsewhere.Tracks.Select(t => "openclaw-" + t))}"
            : $"unknown method '{method}'";
    }
}

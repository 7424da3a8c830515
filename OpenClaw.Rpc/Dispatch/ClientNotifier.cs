using StreamJsonRpc;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>
/// Sends notifications to the client of the connection being served (<c>$/progress</c>, ACP's <c>session/update</c>).
/// Arguments are named with their declared types, so the source-generated JSON metadata serializes them (no reflection).
/// Handlers await each notification, so everything sent for a request is written before its response.
/// </summary>
internal sealed class ClientNotifier
{
    private JsonRpc? _rpc;

    /// <summary>Sends <paramref name="method"/>; does nothing before a connection is attached.</summary>
    public Task NotifyAsync(string method, IReadOnlyDictionary<string, object?> arguments, IReadOnlyDictionary<string, Type> types,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return _rpc is { } rpc ? rpc.NotifyWithParameterObjectAsync(method, arguments, types) : Task.CompletedTask;
    }

    internal void Attach(JsonRpc rpc) => _rpc = rpc;
}

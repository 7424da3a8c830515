using System.Text.Json;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>
/// Sends notifications (<c>$/progress</c>, ACP's <c>session/update</c>) and requests (<c>agent.requestApproval</c>,
/// ACP's <c>session/request_permission</c>) to the client of the connection being served. Arguments are named with
/// their declared types, so the source-generated JSON metadata serializes them (no reflection). Handlers await each
/// notification, so everything sent for a request is written before its response.
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

    /// <summary>
    /// Asks the client <paramref name="method"/> and returns its result as JSON. Cancelling
    /// <paramref name="cancellationToken"/> sends the client <c>$/cancelRequest</c> and throws
    /// <see cref="OperationCanceledException"/>; an error answer throws <see cref="RemoteInvocationException"/>; a
    /// connection that closes first throws <see cref="ConnectionLostException"/>.
    /// </summary>
    public Task<JsonElement> RequestAsync(string method, IReadOnlyDictionary<string, object?> arguments, IReadOnlyDictionary<string, Type> types,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // StreamJsonRpc sends $/cancelRequest on cancellation but then waits for the client's answer; the runtime stops
        // waiting at once, since a client may never answer a request it was told to drop.
        return _rpc is { } rpc
            ? rpc.InvokeWithParameterObjectAsync<JsonElement>(method, arguments, types, cancellationToken).WaitAsync(cancellationToken)
            : Task.FromException<JsonElement>(new ConnectionLostException("no client is connected"));
    }

    internal void Attach(JsonRpc rpc) => _rpc = rpc;
}

using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// The gate's admission of a valid request: lifecycle, the dialect's methods, the in-flight limit and duplicate ids,
/// in that order, for the dialect the connection speaks. An admitted request holds an in-flight slot and its id until it is answered.
/// </summary>
internal sealed class RequestAdmission(
    LifecycleState lifecycle,
    InFlightRequests inFlight,
    MethodCatalog catalog,
    ServerIdentity identity,
    HostOptions options,
    PendingIds pendingIds,
    TimeProvider time,
    string dialect)
{
    /// <summary>What an overloaded client is told to wait before retrying.</summary>
    public const int OverloadRetryAfterMs = 100;

    /// <summary>Decides whether a valid request may be dispatched; on success it holds an in-flight slot and its id.</summary>
    public RejectedMessage? Admit(InboundMessage request)
    {
        if (lifecycle.ShutdownRequested)
        {
            return new RejectedMessage(RpcErrorCodes.InvalidRequest, "Invalid request: the server is shutting down; only exit is accepted",
                new RpcErrorData { Kind = RpcErrorKinds.ShuttingDown });
        }

        if (!catalog.Contains(dialect, request.Method!))
        {
            return new RejectedMessage(RpcErrorCodes.MethodNotFound, $"Method not found: {EchoedInput.Quote(request.Method!)} is not served by {identity.Name}",
                new RpcErrorData { Kind = RpcErrorKinds.MethodNotFound });
        }

        if (!inFlight.TryEnter(options.MaxInFlight))
        {
            return new RejectedMessage(RpcErrorCodes.ServerOverloaded, $"Server overloaded: {options.MaxInFlight} requests in flight",
                new RpcErrorData { Kind = RpcErrorKinds.Overloaded, Retryable = true, RetryAfterMs = OverloadRetryAfterMs });
        }

        if (!pendingIds.TryAdd(request.IdKey!, request.IdJson!, request.Method!, time.GetTimestamp()))
        {
            inFlight.Exit();
            return new RejectedMessage(RpcErrorCodes.InvalidRequest, "Invalid request: a request with this id is still in flight",
                new RpcErrorData { Kind = RpcErrorKinds.DuplicateId });
        }

        if (request.Method == "shutdown")
        {
            lifecycle.MarkShutdownRequested();
        }

        return null;
    }
}

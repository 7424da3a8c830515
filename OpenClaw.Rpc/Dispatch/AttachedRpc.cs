using OpenClaw.Rpc.Logging;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>
/// StreamJsonRpc on one connection, with each contract of the connection's dialect attached the first time one of
/// its methods arrives (<see cref="TryPrepare"/>, called by the gate before it hands the message on). The connection's
/// messages come in one at a time, so a method is attached before StreamJsonRpc reads its request.
/// </summary>
internal sealed class AttachedRpc(JsonRpc rpc, IReadOnlyDictionary<string, RpcTargetRegistration> targets, IServiceProvider services, RuntimeLog log)
    : IDisposable
{
    private readonly HashSet<RpcTargetRegistration> _attached = [];

    public JsonRpc Rpc => rpc;

    /// <summary>
    /// Attaches the contract serving <paramref name="method"/> unless it already is; a method with no contract (answered
    /// by the host, or unknown) is left alone. False, logged, when creating the handler threw: the gate answers the
    /// request -32603 and the connection goes on.
    /// </summary>
    public bool TryPrepare(string method)
    {
        lock (_attached)
        {
            if (!targets.TryGetValue(method, out RpcTargetRegistration? target) || _attached.Contains(target))
            {
                return true;
            }

            try
            {
                target.AddTo(rpc, services);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A handler's constructor may throw anything.
                log.Error($"cannot start the handler of {method}: {e.Message}");
                return false;
            }

            _attached.Add(target);
            return true;
        }
    }

    public void Dispose() => rpc.Dispose();
}

using StreamJsonRpc;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>
/// StreamJsonRpc on one connection, with each contract of the connection's dialect attached the first time one of
/// its methods arrives (<see cref="Prepare"/>, called by the gate before it hands the message on). The connection's
/// messages come in one at a time, so a method is attached before StreamJsonRpc reads its request.
/// </summary>
internal sealed class AttachedRpc(JsonRpc rpc, IReadOnlyDictionary<string, RpcTargetRegistration> targets, IServiceProvider services) : IDisposable
{
    private readonly HashSet<RpcTargetRegistration> _attached = [];

    public JsonRpc Rpc => rpc;

    /// <summary>Attaches the contract serving <paramref name="method"/> unless it already is; a method with no contract
    /// (answered by the host, or unknown) is left alone. Throws what creating the handler threw.</summary>
    public void Prepare(string method)
    {
        lock (_attached)
        {
            if (!targets.TryGetValue(method, out RpcTargetRegistration? target) || _attached.Contains(target))
            {
                return;
            }

            target.AddTo(rpc, services);
            _attached.Add(target);
        }
    }

    public void Dispose() => rpc.Dispose();
}

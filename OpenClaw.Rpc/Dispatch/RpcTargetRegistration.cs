using Microsoft.Extensions.DependencyInjection;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>
/// One RPC contract of one dialect: its shape-generated metadata (NativeAOT-safe, no reflection) and the service that
/// implements it. Deliberately not generic: the builder makes one per method, and generic code over a shaped type is
/// compiled once per type.
/// </summary>
internal sealed class RpcTargetRegistration(ITypeShape contract, string dialect)
{
    private readonly RpcTargetMetadata _metadata = RpcTargetMetadata.FromShape(contract);

    public string Dialect => dialect;

    public IEnumerable<string> MethodNames => _metadata.Methods.Keys;

    public void AddTo(JsonRpc rpc, IServiceProvider services) => rpc.AddLocalRpcTarget(_metadata, services.GetRequiredService(contract.Type), null);
}

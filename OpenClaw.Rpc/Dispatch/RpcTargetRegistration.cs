using Microsoft.Extensions.DependencyInjection;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>
/// One RPC contract of one area: its shape-generated metadata (NativeAOT-safe, no reflection) and how to
/// resolve the object that implements it.
/// </summary>
internal sealed class RpcTargetRegistration
{
    private readonly RpcTargetMetadata _metadata;
    private readonly Func<IServiceProvider, object> _resolve;

    private RpcTargetRegistration(RpcTargetMetadata metadata, Func<IServiceProvider, object> resolve)
    {
        _metadata = metadata;
        _resolve = resolve;
    }

    public IEnumerable<string> MethodNames => _metadata.Methods.Keys;

    public static RpcTargetRegistration For<TContract>()
        where TContract : class, IShapeable<TContract> =>
        new(RpcTargetMetadata.FromShape<TContract>(), services => services.GetRequiredService<TContract>());

    public void AddTo(JsonRpc rpc, IServiceProvider services) => rpc.AddLocalRpcTarget(_metadata, _resolve(services), null);
}

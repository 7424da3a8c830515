using Microsoft.Extensions.DependencyInjection;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>
/// One RPC contract of one dialect: its method names, read from the contract's shape at registration, and what
/// StreamJsonRpc needs to call it (shape-generated metadata, NativeAOT-safe), built only when a connection first
/// receives that method. So start-up neither builds metadata nor creates handlers for areas a client never calls.
/// Deliberately not generic: generic code over a shaped type is compiled once per type.
/// </summary>
internal sealed class RpcTargetRegistration
{
    private readonly ITypeShape _contract;
    private RpcTargetMetadata? _metadata;

    public RpcTargetRegistration(ITypeShape contract, string dialect)
    {
        _contract = contract;
        Dialect = dialect;
        Methods = [.. contract.Methods.Select(method => NameOf(contract, method))];
    }

    public string Dialect { get; }

    /// <summary>The RPC method names the contract's <c>[JsonRpcMethod]</c> attributes declare (a product contract has one).</summary>
    public IReadOnlyList<string> Methods { get; }

    /// <summary>The contract's interface type.</summary>
    public Type Contract => _contract.Type;

    /// <summary>The contract's generated shape (StreamJsonRpc's metadata is built from it).</summary>
    public ITypeShape Shape => _contract;

    public void AddTo(JsonRpc rpc, IServiceProvider services)
    {
        // Built once per process (both dialects' connections share it); a race builds it twice, harmlessly.
        _metadata ??= RpcTargetMetadata.FromShape(_contract);
        rpc.AddLocalRpcTarget(_metadata, services.GetRequiredService(_contract.Type), null);
    }

    private static string NameOf(ITypeShape contract, PolyType.Abstractions.IMethodShape method) =>
        method.AttributeProvider.GetCustomAttribute<JsonRpcMethodAttribute>()?.Name
            ?? throw new InvalidOperationException($"RPC contract {contract.Type.Name}.{method.Name} has no [JsonRpcMethod] name");
}

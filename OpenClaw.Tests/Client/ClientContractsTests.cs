using System.Reflection;
using Nerdbank.Streams;
using OpenClaw.Rpc.Client;
using OpenClaw.Tests.Support;
using StreamJsonRpc;
using StreamJsonRpc.Reflection;

namespace OpenClaw.Tests.Client;

/// <summary>
/// The .NET client reaches every method of the protocol document through a public contract with a source-generated
/// proxy, so the document and the client cannot drift apart.
/// </summary>
public sealed class ClientContractsTests
{
    private static readonly Type[] Contracts = [.. typeof(OpenClawClient).Assembly.GetExportedTypes()
        .Where(t => t.IsInterface && t.GetCustomAttribute<JsonRpcContractAttribute>() is not null)];

    [Test]
    public void Every_documented_method_has_a_public_contract_and_every_contract_a_documented_method()
    {
        string[] documented = [.. OpenRpcSchemas.Shipped.Methods.Select(m => m.GetProperty("name").GetString()!)];
        string[] contracted = [.. Contracts.SelectMany(c => c.GetMethods()).Select(m => m.GetCustomAttribute<JsonRpcMethodAttribute>()?.Name).OfType<string>()];

        Assert.That(contracted, Is.EquivalentTo(documented));
    }

    [TestCaseSource(nameof(ContractNames))]
    public void Each_contract_has_a_source_generated_proxy(string name)
    {
        Type contract = Contracts.Single(c => c.Name == name);
        (Stream local, _) = FullDuplexStream.CreatePair();
        using var rpc = new JsonRpc(local);

        object proxy = ProxyBase.CreateProxy(rpc, new ProxyInputs { ContractInterface = contract }, startOrFail: false);

        Assert.That(proxy, Is.InstanceOf(contract));
    }

    public static IEnumerable<string> ContractNames() => Contracts.Select(c => c.Name).Order(StringComparer.Ordinal);
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Logging;
using PolyType;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>
/// What a composition root extends with <c>WithXxx()</c> calls. It only collects: each area registers its RPC
/// contracts, services, JSON metadata and config keys here; a method no area registers answers -32601. Registering
/// the same thing twice registers it once, so an area may ask for another (<c>WithProcessRunner()</c>) freely.
/// </summary>
public sealed class OpenClawServerBuilder
{
    private readonly MethodCatalog _catalog = new();
    private readonly HashSet<Type> _contracts = [];

    internal OpenClawServerBuilder(RuntimeSettings settings, SecretRedactor redactor, IEnvironmentReader environment)
    {
        Settings = settings;
        Environment = environment;
        Redactor = redactor;
        Services.AddSingleton(_catalog);
        Services.AddSingleton(ConfigKeys);
    }

    /// <summary>The config keys areas read (doctor flags unknown keys in their sections).</summary>
    internal ConfigKeyCatalog ConfigKeys { get; } = new();

    /// <summary>The services of this runtime; areas add theirs.</summary>
    internal IServiceCollection Services { get; } = new ServiceCollection();

    /// <summary>The environment, for areas that read their variables at composition.</summary>
    internal IEnvironmentReader Environment { get; }

    /// <summary>The redactor of every log line and error message, for areas that resolve secrets at composition.</summary>
    internal SecretRedactor Redactor { get; }

    /// <summary>The resolved start-up settings, for areas that pick track defaults.</summary>
    internal RuntimeSettings Settings { get; }

    /// <summary>
    /// Registers an RPC contract of <paramref name="dialect"/> served by <typeparamref name="TImplementation"/> (once,
    /// however often asked). A contract is an interface with <c>[GenerateShape]</c> and one <c>[JsonRpcMethod]</c>. The
    /// native ones are public with <c>[JsonRpcContract]</c> so that <c>OpenClawClient</c> gets a source-generated proxy of
    /// each; nothing in the server references those proxies, so the AOT binaries leave them out.
    /// </summary>
    internal OpenClawServerBuilder AddContract<TContract, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TImplementation>(
        string dialect = RpcDialects.Native)
        where TContract : class, IShapeable<TContract>
        where TImplementation : class, TContract
    {
        if (!_contracts.Add(typeof(TContract)))
        {
            return this;
        }

        var registration = new RpcTargetRegistration(TContract.GetTypeShape(), dialect);
        foreach (string method in registration.Methods)
        {
            _catalog.Add(dialect, method);
        }

        Services.TryAddSingleton<TContract, TImplementation>();
        Services.AddSingleton(registration);
        return this;
    }

    /// <summary>Adds source-generated JSON metadata for an area's wire types (once per context type).</summary>
    internal OpenClawServerBuilder AddJsonMetadata(IJsonTypeInfoResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Services.TryAddEnumerable(ServiceDescriptor.Singleton(resolver));
        return this;
    }

    /// <summary>A native method the host answers itself (<c>exit</c>): listed as served, with no contract behind it.</summary>
    internal OpenClawServerBuilder AddHostMethod(string method)
    {
        _catalog.Add(RpcDialects.Native, method);
        return this;
    }

    /// <summary>
    /// The container. A release binary does not validate it at every start (that costs milliseconds and touches every
    /// registration); the tests build each track with <paramref name="validate"/> so a registration error still fails.
    /// </summary>
    internal ServiceProvider Build(bool validate = false) =>
        Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = validate, ValidateScopes = validate });
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Protocol;
using PolyType;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>
/// What a composition root extends with <c>WithXxx()</c> calls. Each area registers its RPC contract, its
/// services and its JSON metadata here; a method no area registers answers -32601.
/// </summary>
public sealed class OpenClawServerBuilder
{
    private readonly MethodCatalog _catalog = new();

    internal OpenClawServerBuilder(RuntimeSettings settings, RuntimeLog log, SecretRedactor redactor, IEnvironmentReader environment, TimeProvider time)
    {
        Settings = settings;
        Environment = environment;
        Redactor = redactor;
        Services.AddSingleton(settings);
        Services.AddSingleton(settings.Host);
        Services.AddSingleton(settings.Config);
        Services.AddSingleton(log);
        Services.AddSingleton(redactor);
        Services.AddSingleton(environment);
        Services.AddSingleton(time);
        Services.AddSingleton(_catalog);
        Services.AddSingleton(ConfigKeys);
        Services.AddSingleton(new ServerIdentity(settings.Track));
        Services.AddSingleton<ProcessClock>();
        Services.AddSingleton<Processes.ChildProcessRegistry>();
        Services.AddSingleton<LifecycleState>();
        Services.AddSingleton<InFlightRequests>();
        Services.AddSingleton<ProgressReporter>();
        Services.AddSingleton<RpcFormatterFactory>();
        Services.AddSingleton<RpcDispatcher>();
        Services.AddTransient<RpcSession>();
        Services.AddSingleton<ParentWatchdog>();
        Services.AddSingleton<StdioHost>();
        Services.AddSingleton<Cli.CallCommand>();
        Services.AddSingleton<Cli.DoctorCommand>();
        Services.AddSingleton<Cli.AuditCommand>();
        AddJsonMetadata(ProtocolJsonContext.Default);

        // exit is answered by the host (it ends the read loop), not by a contract.
        _catalog.Add("exit");
    }

    /// <summary>The config keys areas read (doctor flags unknown keys in their sections).</summary>
    public ConfigKeyCatalog ConfigKeys { get; } = new();

    /// <summary>The services of this runtime; areas add theirs.</summary>
    public IServiceCollection Services { get; } = new ServiceCollection();

    /// <summary>The environment, for areas that read their variables at composition.</summary>
    public IEnvironmentReader Environment { get; }

    /// <summary>The redactor of every log line and error message, for areas that resolve secrets at composition.</summary>
    public SecretRedactor Redactor { get; }

    /// <summary>The resolved start-up settings, for areas that pick track defaults.</summary>
    public RuntimeSettings Settings { get; }

    /// <summary>Registers an RPC contract served by <typeparamref name="TImplementation"/>.</summary>
    public OpenClawServerBuilder AddContract<TContract, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TImplementation>()
        where TContract : class, IShapeable<TContract>
        where TImplementation : class, TContract
    {
        var registration = RpcTargetRegistration.For<TContract>();
        foreach (string method in registration.MethodNames)
        {
            _catalog.Add(method);
        }

        Services.AddSingleton<TContract, TImplementation>();
        Services.AddSingleton(registration);
        return this;
    }

    /// <summary>Adds source-generated JSON metadata for an area's wire types.</summary>
    public OpenClawServerBuilder AddJsonMetadata(IJsonTypeInfoResolver resolver)
    {
        Services.AddSingleton(resolver);
        return this;
    }

    internal ServiceProvider Build() => Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
}

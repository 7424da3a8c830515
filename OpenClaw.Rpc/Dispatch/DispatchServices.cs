using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>The dispatcher's own services: StreamJsonRpc and its formatter, progress, lifecycle and in-flight accounting.</summary>
internal static class DispatchServices
{
    public static OpenClawServerBuilder WithDispatch(this OpenClawServerBuilder builder)
    {
        IServiceCollection services = builder.Services;
        services.TryAddSingleton(new ServerIdentity(builder.Settings.Track));
        services.TryAddSingleton<ProcessClock>();
        services.TryAddSingleton<LifecycleState>();
        services.TryAddSingleton<InFlightRequests>();
        services.TryAddSingleton<ClientNotifier>();
        services.TryAddSingleton<ProgressReporter>();
        services.TryAddSingleton<RpcFormatterFactory>();
        services.TryAddSingleton<RpcDispatcher>();
        return builder.AddJsonMetadata(ProtocolJsonContext.Default);
    }
}

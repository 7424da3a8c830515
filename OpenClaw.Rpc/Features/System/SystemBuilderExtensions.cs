using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Features.System;

/// <summary>Registers the system methods: initialize, initialized, shutdown, rpc.discover, health, status.</summary>
public static class SystemBuilderExtensions
{
    /// <summary>Adds the system methods every track serves.</summary>
    public static OpenClawServerBuilder WithSystemMethods(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<InitializeHandler>();
        builder.Services.AddSingleton<DiscoverHandler>();
        builder.Services.AddSingleton<HealthHandler>();
        builder.Services.AddSingleton<ProcessMemorySampler>();
        builder.Services.AddSingleton<StatusHandler>();
        return builder
            .AddContract<ISystemMethods, SystemMethods>()
            .AddJsonMetadata(SystemJsonContext.Default);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.System.Audit;
using OpenClaw.Rpc.Features.System.Checks;
using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Features.System;

/// <summary>Registers the system methods: initialize, initialized, shutdown, rpc.discover, health, status.</summary>
public static class SystemBuilderExtensions
{
    /// <summary>Adds the system methods every track serves.</summary>
    public static OpenClawServerBuilder WithSystemMethods(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<ProcessMemorySampler>();
        builder.ConfigKeys.Add(HostConfigKeys.Owned);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, ConfigCheck>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, StateDirCheck>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, OwnershipCheck>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, TrackContractCheck>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, RuntimeCheck>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, DiskCheck>());
        builder.Services.TryAddSingleton(_ => ChildContainment.Detect());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, ChildProcessesCheck>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IEffectiveSettings, HostEffectiveSettings>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuditRule, StatePermissionsRule>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuditRule, OwnershipRule>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuditRule, PlaintextSecretRule>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuditRule, ConfigValidityRule>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuditRule, LogFileRule>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuditRule, BinaryChecksumRule>());
        return builder
            .AddContract<IInitialize, InitializeHandler>()
            .AddContract<IInitialized, InitializedHandler>()
            .AddContract<IShutdown, ShutdownHandler>()
            .AddContract<IDiscover, DiscoverHandler>()
            .AddContract<IHealth, HealthHandler>()
            .AddContract<IStatus, StatusHandler>()
            .AddJsonMetadata(SystemJsonContext.Default);
    }
}

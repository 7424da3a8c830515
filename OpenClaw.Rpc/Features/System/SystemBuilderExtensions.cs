using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.System.Audit;
using OpenClaw.Rpc.Features.System.Checks;

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
        builder.ConfigKeys.Add("runtime.rpc", "maxMessageBytes", "maxInFlight");
        builder.ConfigKeys.Add("logging", "level", "file");
        builder.Services.AddSingleton<IDoctorCheck, ConfigCheck>();
        builder.Services.AddSingleton<IDoctorCheck, StateDirCheck>();
        builder.Services.AddSingleton<IDoctorCheck, TrackContractCheck>();
        builder.Services.AddSingleton<IDoctorCheck, RuntimeCheck>();
        builder.Services.AddSingleton<IDoctorCheck, DiskCheck>();
        builder.Services.AddSingleton<IEffectiveSettings, HostEffectiveSettings>();
        builder.Services.AddSingleton<IAuditRule, StatePermissionsRule>();
        builder.Services.AddSingleton<IAuditRule, PlaintextSecretRule>();
        builder.Services.AddSingleton<IAuditRule, LogFileRule>();
        builder.Services.AddSingleton<IAuditRule, BinaryChecksumRule>();
        return builder
            .AddContract<ISystemMethods, SystemMethods>()
            .AddJsonMetadata(SystemJsonContext.Default);
    }
}

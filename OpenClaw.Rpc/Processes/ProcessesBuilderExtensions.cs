using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Processes;

/// <summary>Registers the process runner; areas that start children call it.</summary>
public static class ProcessesBuilderExtensions
{
    /// <summary>Adds <see cref="IProcessRunner"/> (once, however many areas ask).</summary>
    public static OpenClawServerBuilder WithProcessRunner(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<IProcessRunner, ProcessRunner>();
        return builder;
    }
}

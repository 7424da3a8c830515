using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Processes;

/// <summary>Registers the process runner; areas that start children call it.</summary>
internal static class ProcessesBuilderExtensions
{
    /// <summary>Adds <see cref="IProcessRunner"/> and the registry of running children (once, however many areas ask).</summary>
    public static OpenClawServerBuilder WithProcessRunner(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<ChildProcessRegistry>();
        builder.Services.TryAddSingleton(_ => ChildContainment.Detect());
        builder.Services.TryAddSingleton<IProcessRunner, ProcessRunner>();
        return builder;
    }
}

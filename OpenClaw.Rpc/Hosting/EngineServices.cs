using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Wires the engine every runtime has, whatever areas its composition root adds: the start-up settings, the log, the
/// clock, the dispatcher and the stdio host. The builder it returns is what the areas' <c>WithXxx()</c> calls extend.
/// </summary>
internal static class EngineServices
{
    public static OpenClawServerBuilder CreateBuilder(RuntimeSettings settings, RuntimeLog log, SecretRedactor redactor, IEnvironmentReader environment,
        TimeProvider time)
    {
        var builder = new OpenClawServerBuilder(settings, redactor, environment);
        IServiceCollection services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(settings.Host);
        services.AddSingleton(settings.Config);
        services.AddSingleton(log);
        services.AddSingleton(redactor);
        services.AddSingleton(environment);
        services.AddSingleton(time);
        services.TryAddSingleton<ChildProcessRegistry>();
        services.AddTransient<RpcSession>();
        services.AddSingleton<ParentWatchdog>();
        services.AddSingleton<StdoutWatch>();
        services.AddSingleton<StdioHost>();

        // exit is answered by the host (it ends the read loop), not by a contract.
        return builder.WithDispatch().AddHostMethod("exit");
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Features.Metrics;

/// <summary>Registers <c>runtime.metrics</c> and the request observer that feeds it (the edge track's composition calls this).</summary>
public static class MetricsBuilderExtensions
{
    /// <summary>Adds runtime metrics.</summary>
    public static OpenClawServerBuilder WithMetrics(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<RequestMetrics>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IRequestObserver, RequestMetrics>(services => services.GetRequiredService<RequestMetrics>()));
        return builder.AddContract<IRuntimeMetrics, RuntimeMetricsHandler>().AddJsonMetadata(MetricsJsonContext.Default);
    }
}

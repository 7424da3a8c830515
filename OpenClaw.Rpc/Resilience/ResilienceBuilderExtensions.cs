using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Resilience;

/// <summary>Registers what provider chains share; the areas with a chain (text-to-speech, transcription, agent) call it.</summary>
internal static class ResilienceBuilderExtensions
{
    /// <summary>Adds the chain services, the provider HTTP seam and the chain wire types (once, however many areas ask).</summary>
    public static OpenClawServerBuilder WithProviderChains(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(Jitter.Shared);
        builder.Services.TryAddSingleton<ChainServices>();
        builder.Services.TryAddSingleton(services => new ProviderHttp(ProviderHttp.DefaultHandler, services.GetRequiredService<TimeProvider>()));
        return builder.AddJsonMetadata(ResilienceJsonContext.Default);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.Tts.Providers;
using OpenClaw.Rpc.Processes;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>Registers text-to-speech: the providers, the chain, prefs and the tts.* methods.</summary>
public static class TtsBuilderExtensions
{
    /// <summary>Adds text-to-speech. Invalid <c>messages.tts.*</c> config stops start-up here, naming the key.</summary>
    public static OpenClawServerBuilder WithTts(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        TtsOptions options = TtsOptionsLoader.Load(builder.Settings, builder.Environment);
        builder.WithProcessRunner().WithProviderChains();
        builder.Services.TryAddSingleton(options);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ITtsProvider, KittenTtsProvider>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ITtsProvider, EspeakProvider>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ITtsProvider, OpenAiTtsProvider>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ITtsProvider, ElevenLabsTtsProvider>());
        foreach (string id in options.UpstreamOnly.Where(id => !builder.Services.Any(d => d.ImplementationInstance is UpstreamOnlyTtsProvider p && p.Id == id)))
        {
            builder.Services.AddSingleton<ITtsProvider>(new UpstreamOnlyTtsProvider(id));
        }

        builder.Services.TryAddSingleton<TtsPrefsStore>();
        builder.Services.TryAddSingleton<TtsChainPlanner>();
        builder.Services.TryAddSingleton<TtsProviderChain>();
        builder.Services.TryAddSingleton<TtsConverter>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IMetricsSource, TtsConversionCounters>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, TtsDoctorCheck>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, OfflineBinariesDoctorCheck>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuditRule, TtsAuditRule>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IEffectiveSettings, TtsEffectiveSettings>());
        builder.ConfigKeys.Add(TtsConfigKeys.Owned);
        return builder
            .AddContract<ITtsStatus, TtsStatusHandler>()
            .AddContract<ITtsProviders, TtsProvidersHandler>()
            .AddContract<ITtsEnable, TtsEnableHandler>()
            .AddContract<ITtsDisable, TtsDisableHandler>()
            .AddContract<ITtsSetProvider, TtsSetProviderHandler>()
            .AddContract<ITtsConvert, TtsConvertHandler>()
            .AddJsonMetadata(TtsJsonContext.Default);
    }
}

using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.Tts.Providers;
using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>Registers text-to-speech: the providers, the chain, prefs and the tts.* methods.</summary>
public static class TtsBuilderExtensions
{
    /// <summary>Adds text-to-speech. Invalid <c>messages.tts.*</c> config stops start-up here, naming the key.</summary>
    public static OpenClawServerBuilder WithTts(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        TtsOptions options = TtsOptionsLoader.Load(builder.Settings, builder.Environment);
        builder.WithProcessRunner();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<TtsHttp>();
        builder.Services.AddSingleton<ITtsProvider, KittenTtsProvider>();
        builder.Services.AddSingleton<ITtsProvider, EspeakProvider>();
        builder.Services.AddSingleton<ITtsProvider, OpenAiTtsProvider>();
        builder.Services.AddSingleton<ITtsProvider, ElevenLabsTtsProvider>();
        builder.Services.AddSingleton<TtsPrefsStore>();
        builder.Services.AddSingleton<TtsChainPlanner>();
        builder.Services.AddSingleton<TtsConverter>();
        builder.Services.AddSingleton<TtsConversionCounters>();
        builder.Services.AddSingleton<IMetricsSource>(services => services.GetRequiredService<TtsConversionCounters>());
        builder.Services.AddSingleton<TtsStatusHandler>();
        builder.Services.AddSingleton<TtsProvidersHandler>();
        builder.Services.AddSingleton<TtsEnableHandler>();
        builder.Services.AddSingleton<TtsSetProviderHandler>();
        builder.Services.AddSingleton<TtsConvertHandler>();
        builder.Services.AddSingleton<IDoctorCheck, TtsDoctorCheck>();
        builder.Services.AddSingleton<IDoctorCheck, OfflineBinariesDoctorCheck>();
        builder.Services.AddSingleton<IAuditRule, TtsAuditRule>();
        builder.Services.AddSingleton<IEffectiveSettings, TtsEffectiveSettings>();
        builder.ConfigKeys.Add("messages.tts", "enabled", "provider", "fallbacks", "maxTextLength", "timeoutMs",
            "kittentts.bin", "kittentts.args", "kittentts.formats", "espeak.bin", "espeak.voice",
            "openai.baseUrl", "openai.apiKey", "openai.model", "openai.voice",
            "elevenlabs.baseUrl", "elevenlabs.apiKey", "elevenlabs.model", "elevenlabs.voice");
        return builder.AddContract<ITtsMethods, TtsMethods>().AddJsonMetadata(TtsJsonContext.Default);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Processes;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>Registers offline transcription: voice.status and voice.transcribe.</summary>
public static class VoiceBuilderExtensions
{
    /// <summary>Adds transcription (the edge track's composition calls this; core does not).</summary>
    public static OpenClawServerBuilder WithTranscription(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(VoiceOptionsLoader.Load(builder.Settings, builder.Environment));
        builder.WithProcessRunner().WithProviderChains();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ITranscriptionEngine, PocketsphinxEngine>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ITranscriptionEngine, WhisperCppEngine>());
        builder.Services.TryAddSingleton<TranscriptionChain>();
        builder.Services.TryAddSingleton<VoiceTranscriber>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, TranscriptionDoctorCheck>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuditRule, VoiceAuditRule>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IEffectiveSettings, VoiceEffectiveSettings>());
        builder.ConfigKeys.Add(VoiceConfigKeys.Owned);
        return builder
            .AddContract<IVoiceStatus, VoiceStatusHandler>()
            .AddContract<IVoiceTranscribe, VoiceTranscribeHandler>()
            .AddJsonMetadata(VoiceJsonContext.Default);
    }
}

using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>Registers offline transcription: voice.status and voice.transcribe.</summary>
public static class VoiceBuilderExtensions
{
    /// <summary>Adds transcription (the edge track's composition calls this; core does not).</summary>
    public static OpenClawServerBuilder WithTranscription(this OpenClawServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(VoiceOptionsLoader.Load(builder.Settings, builder.Environment));
        builder.WithProcessRunner();
        builder.Services.AddSingleton<ITranscriptionEngine, PocketsphinxEngine>();
        builder.Services.AddSingleton<ITranscriptionEngine, WhisperCppEngine>();
        builder.Services.AddSingleton<VoiceTranscriber>();
        builder.Services.AddSingleton<VoiceStatusHandler>();
        builder.Services.AddSingleton<VoiceTranscribeHandler>();
        builder.Services.AddSingleton<IDoctorCheck, TranscriptionDoctorCheck>();
        builder.Services.AddSingleton<IAuditRule, VoiceAuditRule>();
        builder.Services.AddSingleton<IEffectiveSettings, VoiceEffectiveSettings>();
        builder.ConfigKeys.Add("voice", "allowedRoots", "maxAudioBytes", "timeoutMs", "pocketsphinx.bin", "pocketsphinx.hmm",
            "pocketsphinx.lm", "pocketsphinx.dict", "pocketsphinx.language", "whisper.bin", "whisper.model");
        return builder.AddContract<IVoiceMethods, VoiceMethods>().AddJsonMetadata(VoiceJsonContext.Default);
    }
}

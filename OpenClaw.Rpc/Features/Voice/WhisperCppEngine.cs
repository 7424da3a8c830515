using OpenClaw.Rpc.Processes;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>A whisper.cpp command-line binary (<c>whisper-cli</c>) with a ggml model, when both are configured.</summary>
internal sealed class WhisperCppEngine(VoiceOptions options, IProcessRunner runner) : ITranscriptionEngine
{
    public string Id => "whisper";

    public TranscriptionEngineState Inspect()
    {
        WhisperOptions whisper = options.Whisper;
        if (whisper.Bin is null || whisper.Model is null)
        {
            return new TranscriptionEngineState(false, false, "not configured: set OPENCLAW_WHISPER_BIN and OPENCLAW_WHISPER_MODEL (or voice.whisper.bin and .model)", null, ["auto"]);
        }

        ResolvedExecutable binary = ExecutableResolver.Resolve(whisper.Bin);
        string? problem = binary.Problem ?? (File.Exists(whisper.Model) ? null : $"model not found: {whisper.Model}");
        return new TranscriptionEngineState(true, problem is null, problem, binary, ["auto"]);
    }

    public string? RefuseLanguage(string? language) => null;

    public Task<string> TranscribeAsync(string wavPath, string? language, CancellationToken cancellationToken)
    {
        TranscriptionEngineState state = Inspect();
        if (!state.Available)
        {
            throw ProviderFailure.Permanent(state.Reason!);
        }

        string[] arguments = ["-m", options.Whisper.Model!, "-f", wavPath, "-nt", "-np", "-l", language ?? "auto"];
        return RecognizedText.RunAsync(runner, new ProcessSpec { FileName = state.Binary!.Path!, Arguments = arguments }, cancellationToken);
    }
}

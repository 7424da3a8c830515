using OpenClaw.Rpc.Checks;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary><c>transcription</c> (edge): at least one engine can transcribe now.</summary>
internal sealed class TranscriptionDoctorCheck(VoiceTranscriber transcriber) : IDoctorCheck
{
    public string Id => "transcription";

    public Task<DoctorCheckResult> RunAsync(DoctorRun run, CancellationToken cancellationToken)
    {
        var states = transcriber.Engines.Select(e => (e.Id, State: e.Inspect())).ToList();
        string detail = string.Join("; ", states.Select(s => s.State is { Configured: true, Available: true } ? $"{s.Id}: {s.State.Binary?.Path}" : $"{s.Id}: {s.State.Reason}"));
        bool any = states.Any(s => s.State is { Configured: true, Available: true });
        return Task.FromResult(new DoctorCheckResult(Id, any ? DoctorCheckResult.Pass : DoctorCheckResult.Warn,
            any ? "an offline engine is available" : "no engine can transcribe: ./build.sh deps installs pocketsphinx", detail));
    }
}

using OpenClaw.Rpc.Processes;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>One offline speech recogniser behind <c>voice.transcribe</c>.</summary>
internal interface ITranscriptionEngine
{
    string Id { get; }

    /// <summary>Whether it is configured and can run, without running it.</summary>
    TranscriptionEngineState Inspect();

    /// <summary>Whether it can recognise <paramref name="language"/> (null: any); the reason when not.</summary>
    string? RefuseLanguage(string? language);

    /// <summary>The text of a 16 kHz mono WAV file; a <see cref="ProviderFailure"/> says why not.</summary>
    Task<string> TranscribeAsync(string wavPath, string? language, CancellationToken cancellationToken);
}

internal sealed record TranscriptionEngineState(bool Configured, bool Available, string? Reason, ResolvedExecutable? Binary, IReadOnlyList<string> Languages);

using OpenClaw.Rpc.Checks;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary><c>offlineBinary.path</c> for the transcription engines' binaries.</summary>
internal sealed class VoiceAuditRule(VoiceOptions options) : IAuditRule
{
    public Task<IReadOnlyList<AuditFinding>> EvaluateAsync(AuditRun run, CancellationToken cancellationToken)
    {
        var findings = new List<AuditFinding>(BinaryPathAudit.Check("the pocketsphinx binary", options.Pocketsphinx.Bin));
        if (options.Whisper.Bin is { } whisper)
        {
            findings.AddRange(BinaryPathAudit.Check("the whisper.cpp binary", whisper));
        }

        return Task.FromResult<IReadOnlyList<AuditFinding>>(findings);
    }
}

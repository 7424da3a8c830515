using System.Text;
using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>Runs a recogniser and returns its text on one line; every way it can fail becomes a <see cref="TranscriptionException"/>.</summary>
internal static class EngineRun
{
    public static async Task<string> TextAsync(IProcessRunner runner, ProcessSpec spec, CancellationToken cancellationToken)
    {
        (ProcessResult? result, string? reason, bool isTimeout) = await ProcessFailure.RunAsync(runner, spec, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            throw new TranscriptionException(reason!, isTimeout);
        }

        return string.Join(' ', Encoding.UTF8.GetString(result.Stdout).Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}

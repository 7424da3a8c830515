using System.Text;
using OpenClaw.Rpc.Processes;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>Runs a recogniser as a chain attempt and returns what it heard on one line.</summary>
internal static class RecognizedText
{
    public static async Task<string> RunAsync(IProcessRunner runner, ProcessSpec spec, CancellationToken cancellationToken)
    {
        ProcessResult result = await ChildProcessAttempt.RunAsync(runner, spec, cancellationToken).ConfigureAwait(false);
        return string.Join(' ', Encoding.UTF8.GetString(result.Stdout).Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}

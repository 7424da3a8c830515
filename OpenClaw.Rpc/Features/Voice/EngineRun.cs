using System.Text;
using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>Runs a recogniser and turns every way it can fail into an attempt reason.</summary>
internal static class EngineRun
{
    public static async Task<string> TextAsync(IProcessRunner runner, ProcessSpec spec, CancellationToken cancellationToken)
    {
        ProcessResult result;
        try
        {
            result = await runner.RunAsync(spec, cancellationToken).ConfigureAwait(false);
        }
        catch (ProcessStartException e)
        {
            throw new TranscriptionException(e.Message);
        }

        string name = Path.GetFileName(spec.FileName);
        if (result.TimedOut)
        {
            throw new TranscriptionException($"timed out after {(int)spec.Timeout.TotalMilliseconds} ms; {name} was killed", isTimeout: true);
        }

        if (result.ExitCode != 0)
        {
            string detail = result.Stderr.Length > 0 ? $": {result.Stderr[..Math.Min(200, result.Stderr.Length)]}" : string.Empty;
            throw new TranscriptionException($"{name} exited with code {result.ExitCode}{detail}");
        }

        return string.Join(' ', Encoding.UTF8.GetString(result.Stdout).Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}

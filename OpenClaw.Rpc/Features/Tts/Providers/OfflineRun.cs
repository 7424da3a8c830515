using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Features.Tts.Providers;

/// <summary>Runs an offline engine; every way it can fail becomes a <see cref="TtsProviderException"/>.</summary>
internal static class OfflineRun
{
    public static async Task<ProcessResult> RunAsync(IProcessRunner runner, ProcessSpec spec, CancellationToken cancellationToken)
    {
        (ProcessResult? result, string? reason, bool isTimeout) = await ProcessFailure.RunAsync(runner, spec, cancellationToken).ConfigureAwait(false);
        return result ?? throw new TtsProviderException(reason!, isTimeout);
    }
}

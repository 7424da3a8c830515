using System.Diagnostics;
using OpenClaw.Rpc.Configuration;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Support;

/// <summary>Runs the executable once with arguments (and optional stdin) and captures everything.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static async Task<CliRun> ExecuteAsync(RuntimeTrack track, IEnumerable<string> args, string? stdin = null,
        IReadOnlyDictionary<string, string>? environment = null, CancellationToken cancellationToken = default)
    {
        using var stateDir = new TempDirectory();
        ProcessStartInfo start = RuntimeStartInfo.Create(track, args, stateDir.Path, environment);

        using OsProcess process = OsProcess.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (!cancellationToken.CanBeCanceled)
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
        }

        try
        {
            Task<string> stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            Task<string> stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            if (stdin is not null)
            {
                await process.StandardInput.WriteAsync(stdin.AsMemory(), timeout.Token);
            }

            process.StandardInput.Close();
            await process.WaitForExitAsync(timeout.Token);
            return new CliRun(process.ExitCode, await stdout, await stderr);
        }
        catch (OperationCanceledException)
        {
            // A run that hangs fails its test; it must not outlive it.
            process.Kill(entireProcessTree: true);
            throw;
        }
    }
}

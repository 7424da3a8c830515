using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Processes;

/// <summary>
/// Starts a child without a shell, feeds stdin, captures bounded stdout/stderr, and kills the whole tree on
/// timeout or cancellation. The child gets the runtime's environment without its secrets.
/// </summary>
internal sealed class ProcessRunner(ChildProcessRegistry registry, SecretRedactor secrets, TimeProvider time) : IProcessRunner
{
    public async Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(spec.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (string argument in spec.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        ChildEnvironment.Scrub(start.Environment, secrets);
        long started = time.GetTimestamp();
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new ProcessStartException($"cannot start {spec.FileName}: {e.Message}", e);
        }

        registry.Add(process);
        using var timeout = new CancellationTokenSource(spec.Timeout ?? Timeout.InfiniteTimeSpan, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            Task<(byte[] Bytes, bool Truncated)> stdout = BoundedCopy.ReadAsync(process.StandardOutput.BaseStream, spec.MaxStdoutBytes);
            Task<(byte[] Bytes, bool Truncated)> stderr = BoundedCopy.ReadAsync(process.StandardError.BaseStream, spec.MaxStderrBytes);
            try
            {
                // The write is inside the kill block: a child that does not read its stdin blocks the write, and a
                // cancellation or timeout that lands there must still kill it.
                await WriteStdinAsync(process, spec.Stdin, linked.Token).ConfigureAwait(false);
                await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                ProcessTree.Kill(process);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }

            (byte[] output, bool truncated) = await stdout.ConfigureAwait(false);
            (byte[] errors, _) = await stderr.ConfigureAwait(false);
            bool timedOut = timeout.IsCancellationRequested;
            // Redacted before anyone shortens it: a key cut in half by a length bound would no longer be recognised.
            return new ProcessResult(timedOut ? null : process.ExitCode, output, secrets.Redact(Encoding.UTF8.GetString(errors).Trim()), timedOut, truncated,
                time.GetElapsedTime(started));
        }
        finally
        {
            registry.Remove(process);
        }
    }

    private static async Task WriteStdinAsync(Process process, byte[]? input, CancellationToken cancellationToken)
    {
        try
        {
            if (input is not null)
            {
                await process.StandardInput.BaseStream.WriteAsync(input, cancellationToken).ConfigureAwait(false);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The child exited or closed stdin without reading it all; its exit code tells the rest.
        }
    }
}

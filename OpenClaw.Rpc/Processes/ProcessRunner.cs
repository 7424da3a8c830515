using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Processes;

/// <summary>
/// Starts a child without a shell, feeds stdin, captures bounded stdout/stderr, and kills the whole tree on
/// timeout or cancellation. The child gets the runtime's environment without its secrets and, where the system allows,
/// dies with the runtime however the runtime ends (<see cref="ChildContainment"/>).
/// </summary>
internal sealed class ProcessRunner(ChildProcessRegistry registry, SecretRedactor secrets, TimeProvider time, ChildContainment containment) : IProcessRunner
{
    public async Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken)
    {
        // Checked here because a wrapper would start fine and only report a missing target as its own exit code.
        if (ExecutableResolver.Resolve(spec.FileName) is { Found: false, Problem: { } problem })
        {
            throw new ProcessStartException($"cannot start {spec.FileName}: {problem}", new FileNotFoundException(problem, spec.FileName));
        }

        ProcessStartInfo start = containment.StartInfo(spec);
        ChildEnvironment.Scrub(start.Environment, secrets);
        long started = time.GetTimestamp();
        using var process = new Process { StartInfo = start };
        try
        {
            if (containment.ParentDeathSignal)
            {
                await ChildStarter.StartAsync(process).ConfigureAwait(false);
            }
            else
            {
                process.Start();
            }
        }
        catch (Win32Exception e)
        {
            throw new ProcessStartException($"cannot start {spec.FileName}: {e.Message}", e);
        }

        registry.Add(process, containment.OwnProcessGroup);
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
                ProcessTree.Kill(process, containment.OwnProcessGroup);
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
            // Whatever the child left running in its group (a daemon it double-forked) ends with it.
            if (containment.OwnProcessGroup)
            {
                ProcessTree.KillGroup(process);
            }

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

using System.Runtime.InteropServices;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// SIGTERM, SIGINT (Ctrl+C) and SIGHUP (terminal or console closed) stop the runtime gracefully instead of
/// killing it, so in-flight work is cancelled and files are flushed.
/// </summary>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations = [];

    public ShutdownSignals(CancellationTokenSource stop, RuntimeLog log)
    {
        foreach (PosixSignal signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP })
        {
            _registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                log.Info($"received {context.Signal}; shutting down");
                stop.Cancel();
            }));
        }
    }

    public void Dispose() => _registrations.ForEach(r => r.Dispose());
}

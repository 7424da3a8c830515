using System.Runtime.InteropServices;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// SIGTERM, SIGINT (Ctrl+C) and SIGHUP (terminal or console closed) stop the runtime gracefully instead of
/// killing it, so in-flight requests are cancelled and answered, children are killed and files are flushed.
/// </summary>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations = [];

    public ShutdownSignals(SessionStop stop, RuntimeLog log)
    {
        foreach (PosixSignal signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP })
        {
            _registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                log.Info($"received {context.Signal}; shutting down");
                stop.Request($"received {context.Signal}");
            }));
        }
    }

    public void Dispose() => _registrations.ForEach(r => r.Dispose());
}

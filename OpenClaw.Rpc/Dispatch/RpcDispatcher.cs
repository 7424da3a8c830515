using System.Diagnostics;
using OpenClaw.Rpc.Logging;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>Attaches StreamJsonRpc, with the contracts registered for one dialect, to the host's message handler.</summary>
internal sealed class RpcDispatcher(
    IEnumerable<RpcTargetRegistration> targets,
    RpcFormatterFactory formatters,
    ClientNotifier notifier,
    RuntimeLog log,
    SecretRedactor secrets,
    IServiceProvider services)
{
    public IJsonRpcMessageFormatter CreateFormatter() => formatters.Create();

    public JsonRpc Attach(IJsonRpcMessageHandler handler, string dialect)
    {
        var rpc = new OpenClawJsonRpc(handler, log, secrets)
        {
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,

            // Without a context StreamJsonRpc runs each handler on its read loop up to the handler's first await, so
            // one handler stuck in a synchronous call (an open, a read, a lock) would stop every other request,
            // $/cancelRequest and end of input. The default context posts each one to the thread pool instead.
            SynchronizationContext = new SynchronizationContext(),
            TraceSource = new TraceSource("OpenClaw.Rpc", SourceLevels.Warning),
        };
        rpc.TraceSource.Listeners.Clear();
        rpc.TraceSource.Listeners.Add(new RpcTraceListener(log));
        foreach (RpcTargetRegistration target in targets.Where(t => t.Dialect == dialect))
        {
            target.AddTo(rpc, services);
        }

        notifier.Attach(rpc);
        rpc.StartListening();
        return rpc;
    }
}

using System.Diagnostics;
using OpenClaw.Rpc.Logging;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>Attaches StreamJsonRpc to the host's message handler, serving the contracts registered for one dialect as they are first called.</summary>
internal sealed class RpcDispatcher(
    IEnumerable<RpcTargetRegistration> targets,
    RpcFormatterFactory formatters,
    ClientNotifier notifier,
    RuntimeLog log,
    SecretRedactor secrets,
    IServiceProvider services)
{
    public IJsonRpcMessageFormatter CreateFormatter() => formatters.Create();

    public AttachedRpc Attach(IJsonRpcMessageHandler handler, string dialect)
    {
        var rpc = new OpenClawJsonRpc(handler, log, secrets)
        {
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,

            // Without a context StreamJsonRpc runs each handler on its read loop up to the handler's first await, so
            // one handler stuck in a synchronous call (an open, a read, a lock) would stop every other request,
            // $/cancelRequest and end of input. The default context posts each one to the thread pool instead.
            SynchronizationContext = new SynchronizationContext(),
            TraceSource = new TraceSource("OpenClaw.Rpc", SourceLevels.Warning),

            // Contracts are attached on the first call of their method, after listening has started.
            AllowModificationWhileListening = true,
        };
        rpc.TraceSource.Listeners.Clear();
        rpc.TraceSource.Listeners.Add(new RpcTraceListener(log));
        notifier.Attach(rpc);
        rpc.StartListening();
        Dictionary<string, RpcTargetRegistration> byMethod = new(StringComparer.Ordinal);
        foreach (RpcTargetRegistration target in targets.Where(t => t.Dialect == dialect))
        {
            foreach (string method in target.Methods)
            {
                byMethod.Add(method, target);
            }
        }

        return new AttachedRpc(rpc, byMethod, services, log);
    }
}

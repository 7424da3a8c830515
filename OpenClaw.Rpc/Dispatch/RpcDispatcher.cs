using System.Diagnostics;
using OpenClaw.Rpc.Logging;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>Attaches StreamJsonRpc, with every registered contract, to the host's message handler.</summary>
internal sealed class RpcDispatcher(
    IEnumerable<RpcTargetRegistration> targets,
    RpcFormatterFactory formatters,
    ProgressReporter progress,
    RuntimeLog log,
    SecretRedactor secrets,
    IServiceProvider services)
{
    public IJsonRpcMessageFormatter CreateFormatter() => formatters.Create();

    public JsonRpc Attach(IJsonRpcMessageHandler handler)
    {
        var rpc = new OpenClawJsonRpc(handler, log, secrets)
        {
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
            TraceSource = new TraceSource("OpenClaw.Rpc", SourceLevels.Warning),
        };
        rpc.TraceSource.Listeners.Clear();
        rpc.TraceSource.Listeners.Add(new RpcTraceListener(log));
        foreach (RpcTargetRegistration target in targets)
        {
            target.AddTo(rpc, services);
        }

        progress.Attach(rpc);
        rpc.StartListening();
        return rpc;
    }
}

using System.Diagnostics;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>Sends StreamJsonRpc's own trace output to the runtime log (its default listeners are not stderr-safe).</summary>
internal sealed class RpcTraceListener(RuntimeLog log) : TraceListener
{
    public override void Write(string? message)
    {
    }

    public override void WriteLine(string? message)
    {
        if (message is not null)
        {
            log.Debug("jsonrpc: " + message);
        }
    }
}

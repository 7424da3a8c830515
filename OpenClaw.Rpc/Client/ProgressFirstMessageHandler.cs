using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using StreamJsonRpc.Reflection;

namespace OpenClaw.Rpc.Client;

/// <summary>
/// The client's message handler: each <c>$/progress</c> is handed to its subscription as it is read, in order, so every
/// value reaches it before the answer read after it. As a notification target, StreamJsonRpc would invoke it on the
/// thread pool, where it races the answer.
/// </summary>
internal sealed class ProgressFirstMessageHandler(Stream writer, Stream reader, IJsonRpcMessageFormatter formatter, ProgressRouter progress)
    : HeaderDelimitedMessageHandler(writer, reader, formatter)
{
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            JsonRpcMessage? message = await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            if (message is not JsonRpcRequest { Method: ProgressRouter.Method, IsResponseExpected: false } notification)
            {
                return message;
            }

            progress.Report(notification);

            // The pipe holds the message's bytes until told it is read; JsonRpc would say so for a message it dispatched.
            ((IJsonRpcMessageBufferManager)this).DeserializationComplete(notification);
        }
    }
}

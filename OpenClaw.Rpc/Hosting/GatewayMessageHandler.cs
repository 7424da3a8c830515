using System.Buffers;
using System.Threading.Channels;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// StreamJsonRpc's transport, fed by the session instead of a stream: messages the gate accepted come in
/// already framed and checked, and every message StreamJsonRpc sends goes to the session, which applies the
/// error policy, accounting and framing. No second framing layer and no extra thread hop.
/// </summary>
internal sealed class GatewayMessageHandler(
    IJsonRpcMessageFormatter formatter,
    Func<JsonRpcMessage, CancellationToken, ValueTask> send,
    Func<byte[], Exception, ValueTask> undeliverable) : MessageHandlerBase(formatter)
{
    private readonly Channel<byte[]> _inbound = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public ValueTask DeliverAsync(byte[] payload, CancellationToken cancellationToken) => _inbound.Writer.WriteAsync(payload, cancellationToken);

    public void CompleteInput() => _inbound.Writer.TryComplete();

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (await _inbound.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!_inbound.Reader.TryRead(out byte[]? payload))
            {
                continue;
            }

            try
            {
                return Formatter.Deserialize(new ReadOnlySequence<byte>(payload));
            }
#pragma warning disable CA1031 // A message the formatter cannot read must not end the connection; the session answers it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                await undeliverable(payload, e).ConfigureAwait(false);
            }
        }

        return null;
    }

    protected override ValueTask WriteCoreAsync(JsonRpcMessage content, CancellationToken cancellationToken) => send(content, cancellationToken);

    protected override ValueTask FlushAsync(CancellationToken cancellationToken) => default;
}

using System.IO.Pipelines;
using Nerdbank.Streams;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Protocol;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// One client connection. Client frames are read and checked here (framing, JSON, envelope, size, lifecycle,
/// in-flight limit) and only valid messages reach StreamJsonRpc, over an in-memory pipe; its answers come back
/// through the same pipe and are written in the client's framing. So a malformed frame is answered and the
/// connection goes on, which StreamJsonRpc alone would not do.
/// </summary>
internal sealed class RpcSession(
    RpcDispatcher dispatcher,
    LifecycleState lifecycle,
    InFlightRequests inFlight,
    MethodCatalog catalog,
    ServerIdentity identity,
    HostOptions options,
    RuntimeLog log)
{
    /// <summary>What an overloaded client is told to wait before retrying.</summary>
    internal const int OverloadRetryAfterMs = 100;

    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly PendingIds _pendingIds = new();
    private volatile bool _inputEnded;

    public async Task<SessionEnd> RunAsync(Stream input, Stream output, CancellationToken cancellationToken)
    {
        (IDuplexPipe hostSide, IDuplexPipe dispatcherSide) = FullDuplexStream.CreatePipePair();
        using JsonRpc rpc = dispatcher.Attach(dispatcherSide);
        var clientReader = new FrameReader(PipeReader.Create(input), options.MaxMessageBytes);
        using var writer = new FrameWriter(output, () => clientReader.Framing);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task outbound = PumpOutboundAsync(hostSide.Input, writer, stop);
        Task<SessionEnd> inbound = PumpInboundAsync(clientReader, hostSide.Output, writer, stop.Token);

        // A blocked read on a real stdin does not observe cancellation, so the session ends on whichever comes
        // first instead of awaiting the read.
        Task stopped = Task.Delay(Timeout.Infinite, stop.Token);
        SessionEnd end = await Task.WhenAny(inbound, stopped).ConfigureAwait(false) == inbound && inbound.IsCompletedSuccessfully
            ? inbound.Result
            : new SessionEnd(cancellationToken.IsCancellationRequested ? SessionEndReason.Stopped : SessionEndReason.OutputClosed, 0);

        if (end.Reason == SessionEndReason.EndOfInput)
        {
            _inputEnded = true;
            if (inFlight.Count == 0)
            {
                _drained.TrySetResult();
            }

            await Task.WhenAny(_drained.Task, stopped).ConfigureAwait(false);
        }

        log.Debug($"session ended: {end.Reason}");
        await stop.CancelAsync().ConfigureAwait(false);
        await hostSide.Output.CompleteAsync().ConfigureAwait(false);
        await outbound.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return end;
    }

    private async Task<SessionEnd> PumpInboundAsync(FrameReader reader, PipeWriter toDispatcher, FrameWriter writer, CancellationToken cancellationToken)
    {
        while (true)
        {
            InboundFrame frame = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            switch (frame.Kind)
            {
                case FrameKind.End:
                    return new SessionEnd(SessionEndReason.EndOfInput, 0);
                case FrameKind.TooLarge:
                    await ReplyAsync(writer, null, RpcErrorCodes.InvalidRequest, RpcErrorKinds.MessageTooLarge,
                        $"Invalid request: message too large (limit {options.MaxMessageBytes} bytes)", cancellationToken).ConfigureAwait(false);
                    continue;
                case FrameKind.BadHeader:
                    await ReplyAsync(writer, null, RpcErrorCodes.ParseError, RpcErrorKinds.ParseError,
                        $"Parse error: {frame.Problem}", cancellationToken).ConfigureAwait(false);
                    continue;
            }

            InboundMessage message = MessageClassifier.Classify(frame.Payload);
            if (message.Kind == InboundKind.Invalid)
            {
                log.Debug($"refused a message: {message.Error!.Message}");
                await writer.WriteAsync(ErrorResponse.Create(message.IdJson, message.Error), cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (message.Kind == InboundKind.Response)
            {
                log.Debug("ignored a response from the client: this runtime sends no requests");
                continue;
            }

            if (message.Method == "exit")
            {
                return new SessionEnd(SessionEndReason.Exit, lifecycle.ShutdownRequested ? 0 : 1);
            }

            if (message.Kind == InboundKind.Notification)
            {
                // Notifications are never answered; unknown ones (including LSP's optional "$/" ones) are dropped.
                if (catalog.Contains(message.Method!) || message.Method == "$/cancelRequest")
                {
                    await ForwardAsync(toDispatcher, message.Payload, cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            if (!catalog.Contains(message.Method!))
            {
                await ReplyAsync(writer, message.IdJson, RpcErrorCodes.MethodNotFound, RpcErrorKinds.MethodNotFound,
                    $"Method not found: {message.Method} is not served by {identity.Name}", cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (lifecycle.ShutdownRequested)
            {
                await ReplyAsync(writer, message.IdJson, RpcErrorCodes.InvalidRequest, RpcErrorKinds.ShuttingDown,
                    "Invalid request: the server is shutting down; only exit is accepted", cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!inFlight.TryEnter(options.MaxInFlight))
            {
                var overloaded = new RejectedMessage(RpcErrorCodes.ServerOverloaded,
                    $"Server overloaded: {options.MaxInFlight} requests in flight",
                    new RpcErrorData { Kind = RpcErrorKinds.Overloaded, Retryable = true, RetryAfterMs = OverloadRetryAfterMs });
                await writer.WriteAsync(ErrorResponse.Create(message.IdJson, overloaded), cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!_pendingIds.TryAdd(message.IdKey!))
            {
                inFlight.Exit();
                await ReplyAsync(writer, message.IdJson, RpcErrorCodes.InvalidRequest, RpcErrorKinds.DuplicateId,
                    "Invalid request: a request with this id is still in flight", cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (message.Method == "shutdown")
            {
                lifecycle.MarkShutdownRequested();
            }

            await ForwardAsync(toDispatcher, message.Payload, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PumpOutboundAsync(PipeReader fromDispatcher, FrameWriter writer, CancellationTokenSource stop)
    {
        var reader = new FrameReader(fromDispatcher, int.MaxValue);
        try
        {
            while (true)
            {
                InboundFrame frame = await reader.ReadAsync(stop.Token).ConfigureAwait(false);
                if (frame.Kind == FrameKind.End)
                {
                    return;
                }

                (bool isResponse, string? idKey) = JsonEnvelope.Inspect(frame.Payload);
                byte[] payload = isResponse ? DispatcherErrorPolicy.Apply(frame.Payload) : frame.Payload;

                // The id is free before the client can see the answer (it may reuse it at once); the in-flight
                // count drops only after the write, so end of input never exits ahead of an answer.
                if (isResponse)
                {
                    _pendingIds.Remove(idKey);
                }

                await writer.WriteAsync(payload, stop.Token).ConfigureAwait(false);
                if (isResponse && inFlight.Exit() == 0 && _inputEnded)
                {
                    _drained.TrySetResult();
                }
            }
        }
        catch (IOException e)
        {
            log.Info($"the client closed its output: {e.Message}");
            await stop.CancelAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private static async Task ForwardAsync(PipeWriter toDispatcher, byte[] payload, CancellationToken cancellationToken)
    {
        await toDispatcher.WriteAsync(FrameWriter.Frame(payload, Framing.ContentLength), cancellationToken).ConfigureAwait(false);
    }

    private static Task ReplyAsync(FrameWriter writer, byte[]? idJson, int code, string kind, string message, CancellationToken cancellationToken) =>
        writer.WriteAsync(ErrorResponse.Create(idJson, new RejectedMessage(code, message, new RpcErrorData { Kind = kind })), cancellationToken);
}

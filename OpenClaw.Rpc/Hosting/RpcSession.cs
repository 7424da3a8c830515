using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// One client connection. Client frames are read and checked here (framing, JSON, envelope, size, lifecycle,
/// in-flight limit, duplicate ids) and only valid messages reach StreamJsonRpc; its answers come back here
/// and are written in the client's framing. So a malformed frame is answered and the connection goes on,
/// which StreamJsonRpc alone would not do.
/// </summary>
internal sealed class RpcSession(
    RpcDispatcher dispatcher,
    LifecycleState lifecycle,
    InFlightRequests inFlight,
    MethodCatalog catalog,
    ServerIdentity identity,
    HostOptions options,
    IEnumerable<IRequestObserver> observers,
    TimeProvider time,
    RuntimeLog log)
{
    private readonly IRequestObserver[] _observers = [.. observers];
    /// <summary>What an overloaded client is told to wait before retrying.</summary>
    internal const int OverloadRetryAfterMs = 100;

    /// <summary>How long answers already under way may take after <c>exit</c> before they are abandoned.</summary>
    internal static readonly TimeSpan ExitDrain = TimeSpan.FromSeconds(2);

    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly PendingIds _pendingIds = new();
    private readonly ArrayBufferWriter<byte> _serialized = new(1024);
    private IJsonRpcMessageFormatter? _formatter;
    private FrameWriter? _writer;
    private volatile bool _inputEnded;

    /// <summary>Serves until the input ends, <c>exit</c>, or <paramref name="cancellationToken"/> (the <c>call</c> command and tests).</summary>
    public async Task<SessionEnd> RunAsync(Stream input, Stream output, CancellationToken cancellationToken)
    {
        using var stop = new SessionStop();
        using CancellationTokenRegistration stopping = cancellationToken.Register(() => stop.Request("the host stopped the session"));
        return await RunAsync(input, output, stop).ConfigureAwait(false);
    }

    /// <summary>Serves until the input ends, <c>exit</c>, or <paramref name="stop"/> (a signal, the parent's death, a closed stdout).</summary>
    public async Task<SessionEnd> RunAsync(Stream input, Stream output, SessionStop stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        CancellationToken cancellationToken = stop.Token;
        var clientReader = new FrameReader(PipeReader.Create(input), options.MaxMessageBytes);
        var writer = new FrameWriter(output, () => clientReader.Framing);
        _writer = writer;
        _formatter = dispatcher.CreateFormatter();
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, writer.Broken);
        var handler = new GatewayMessageHandler(_formatter, SendAsync, UndeliverableAsync);
        using JsonRpc rpc = dispatcher.Attach(handler);
        Task<SessionEnd> inbound = PumpInboundAsync(clientReader, handler, writer, reading.Token);

        // A blocked read on a real stdin does not observe cancellation, so the session ends on whichever comes
        // first instead of awaiting the read.
        Task stopped = Task.Delay(Timeout.Infinite, reading.Token);
        SessionEnd end = await Task.WhenAny(inbound, stopped).ConfigureAwait(false) == inbound && inbound.IsCompletedSuccessfully
            ? inbound.Result
            : new SessionEnd(writer.Broken.IsCancellationRequested || stop.OutputClosed ? SessionEndReason.OutputClosed : SessionEndReason.Stopped, 0);

        if (end.Reason is SessionEndReason.EndOfInput or SessionEndReason.Exit)
        {
            // Answers to requests read before the end are written first: all of them at end of input, and for at
            // most ExitDrain after exit (a script may pipeline shutdown and exit without waiting in between).
            _inputEnded = true;
            if (inFlight.Count == 0)
            {
                _drained.TrySetResult();
            }

            Task bound = end.Reason == SessionEndReason.Exit ? Task.Delay(ExitDrain, time, CancellationToken.None) : Task.Delay(Timeout.Infinite, CancellationToken.None);
            await Task.WhenAny(_drained.Task, stopped, bound).ConfigureAwait(false);
        }

        log.Debug($"session ended: {end.Reason}");
        handler.CompleteInput();
        rpc.Dispose();
        await writer.DisposeAsync().ConfigureAwait(false);
        return end;
    }

    private async Task<SessionEnd> PumpInboundAsync(FrameReader reader, GatewayMessageHandler handler, FrameWriter writer, CancellationToken cancellationToken)
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
            switch (message.Kind)
            {
                case InboundKind.Invalid:
                    log.Debug($"refused a message: {message.Error!.Message}");
                    await writer.WriteAsync(Refusal(message.IdJson, message.Error!), cancellationToken).ConfigureAwait(false);
                    continue;
                case InboundKind.Response:
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
                    await handler.DeliverAsync(message.Payload, cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            RejectedMessage? refusal = Admit(message);
            if (refusal is not null)
            {
                Observe(catalog.Contains(message.Method!) ? message.Method! : "(unknown)", refusal.Code.ToString(CultureInfo.InvariantCulture), TimeSpan.Zero);
                await writer.WriteAsync(Refusal(message.IdJson, refusal), cancellationToken).ConfigureAwait(false);
                continue;
            }

            await handler.DeliverAsync(message.Payload, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Decides whether a valid request may be dispatched; on success it holds an in-flight slot and its id.</summary>
    private RejectedMessage? Admit(InboundMessage request)
    {
        if (lifecycle.ShutdownRequested)
        {
            return new RejectedMessage(RpcErrorCodes.InvalidRequest, "Invalid request: the server is shutting down; only exit is accepted",
                new RpcErrorData { Kind = RpcErrorKinds.ShuttingDown });
        }

        if (!catalog.Contains(request.Method!))
        {
            return new RejectedMessage(RpcErrorCodes.MethodNotFound, $"Method not found: {request.Method} is not served by {identity.Name}",
                new RpcErrorData { Kind = RpcErrorKinds.MethodNotFound });
        }

        if (!inFlight.TryEnter(options.MaxInFlight))
        {
            return new RejectedMessage(RpcErrorCodes.ServerOverloaded, $"Server overloaded: {options.MaxInFlight} requests in flight",
                new RpcErrorData { Kind = RpcErrorKinds.Overloaded, Retryable = true, RetryAfterMs = OverloadRetryAfterMs });
        }

        if (!_pendingIds.TryAdd(request.IdKey!, request.Method!, time.GetTimestamp()))
        {
            inFlight.Exit();
            return new RejectedMessage(RpcErrorCodes.InvalidRequest, "Invalid request: a request with this id is still in flight",
                new RpcErrorData { Kind = RpcErrorKinds.DuplicateId });
        }

        if (request.Method == "shutdown")
        {
            lifecycle.MarkShutdownRequested();
        }

        return null;
    }

    /// <summary>Every message StreamJsonRpc sends (answers and progress) passes here; calls are serialized by its handler.</summary>
    private async ValueTask SendAsync(JsonRpcMessage message, CancellationToken cancellationToken)
    {
        RequestId? answered = message switch
        {
            JsonRpcResult result => result.RequestId,
            JsonRpcError error => error.RequestId,
            _ => null,
        };
        if (message is JsonRpcError failure)
        {
            RpcErrorMapping.Normalize(failure);
        }

        _serialized.ResetWrittenCount();
        _formatter!.Serialize(_serialized, message);

        // The id is free before the client can see the answer (it may reuse it at once); the in-flight count
        // drops only after the answer is queued, so end of input never exits ahead of an answer.
        if (answered is { } id && _pendingIds.Remove(JsonEnvelope.IdKey(id)) is { } pending)
        {
            string outcome = message is JsonRpcError { Error: { } detail } ? ((int)detail.Code).ToString(CultureInfo.InvariantCulture) : "ok";
            Observe(pending.Method, outcome, time.GetElapsedTime(pending.Started));
        }

        await _writer!.WriteAsync(_serialized.WrittenSpan, cancellationToken).ConfigureAwait(false);
        if (answered is not null && inFlight.Exit() == 0 && _inputEnded)
        {
            _drained.TrySetResult();
        }
    }

    private async ValueTask UndeliverableAsync(byte[] payload, Exception error)
    {
        log.Error($"the dispatcher could not read a request: {error}");
        InboundMessage message = MessageClassifier.Classify(payload);
        _pendingIds.Remove(message.IdKey);
        await ReplyAsync(_writer!, message.IdJson, RpcErrorCodes.InvalidRequest, RpcErrorKinds.InvalidRequest,
            "Invalid request: the request could not be read", CancellationToken.None).ConfigureAwait(false);
        if (message.Kind == InboundKind.Request && inFlight.Exit() == 0 && _inputEnded)
        {
            _drained.TrySetResult();
        }
    }

    private void Observe(string method, string outcome, TimeSpan elapsed)
    {
        foreach (IRequestObserver observer in _observers)
        {
            observer.Completed(method, outcome, elapsed);
        }
    }

    private static ValueTask ReplyAsync(FrameWriter writer, byte[]? idJson, int code, string kind, string message, CancellationToken cancellationToken) =>
        writer.WriteAsync(RpcErrorMapping.Response(idJson, code, message, new RpcErrorData { Kind = kind }), cancellationToken);

    private static byte[] Refusal(byte[]? idJson, RejectedMessage refusal) => RpcErrorMapping.Response(idJson, refusal.Code, refusal.Message, refusal.Data);
}

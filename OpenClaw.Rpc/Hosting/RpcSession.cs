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
    RuntimeLog log,
    SecretRedactor secrets)
{
    private readonly IRequestObserver[] _observers = [.. observers];

    /// <summary>How long requests already read may still take after <c>exit</c> or end of input before they are cancelled.</summary>
    internal static readonly TimeSpan ExitDrain = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a cancelled request may take to answer -32800 itself; a handler that ignores its token is answered by
    /// the session after this, so every request read gets an answer within the documented bound.
    /// </summary>
    internal static readonly TimeSpan CancelDrain = TimeSpan.FromSeconds(1);

    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly PendingIds _pendingIds = new();
    private readonly AwaitedAnswers _awaited = new(log);
    private readonly ArrayBufferWriter<byte> _serialized = new(1024);
    private IJsonRpcMessageFormatter? _formatter;
    private FrameWriter? _writer;
    private volatile bool _inputEnded;
    private volatile string? _cancelReason;
    private string _dialect = RpcDialects.Native;
    private RequestAdmission? _admission;

    /// <summary>
    /// Serves <paramref name="dialect"/> (see <see cref="RpcDialects"/>) until the input ends, <c>exit</c>, or
    /// <paramref name="cancellationToken"/> (the <c>call</c> command and tests).
    /// </summary>
    public async Task<SessionEnd> RunAsync(Stream input, Stream output, string dialect, CancellationToken cancellationToken)
    {
        using var stop = new SessionStop();
        using CancellationTokenRegistration stopping = cancellationToken.Register(() => stop.Request("the host stopped the session"));
        return await RunAsync(input, output, dialect, stop).ConfigureAwait(false);
    }

    /// <summary>
    /// Serves <paramref name="dialect"/> until the input ends, <c>exit</c>, or <paramref name="stop"/> (a signal, the
    /// parent's death, a closed stdout).
    /// </summary>
    public async Task<SessionEnd> RunAsync(Stream input, Stream output, string dialect, SessionStop stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        _dialect = dialect;
        _admission = new RequestAdmission(lifecycle, inFlight, catalog, identity, options, _pendingIds, time, dialect);
        var clientReader = new FrameReader(PipeReader.Create(input), options.MaxMessageBytes);
        var writer = new FrameWriter(output, () => clientReader.Framing, secrets);
        _writer = writer;
        _formatter = dispatcher.CreateFormatter();
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, writer.Broken);
        var handler = new GatewayMessageHandler(_formatter, SendAsync, UndeliverableAsync);
        _awaited.Attach(handler);
        using AttachedRpc rpc = dispatcher.Attach(handler, dialect);
        Task<SessionEnd> inbound = PumpInboundAsync(clientReader, handler, rpc, writer, reading.Token);

        // A blocked read on a real stdin does not observe cancellation, so the session ends on whichever comes
        // first instead of awaiting the read.
        Task stopped = Task.Delay(Timeout.Infinite, reading.Token);
        SessionEnd end = await Task.WhenAny(inbound, stopped).ConfigureAwait(false) == inbound && inbound.IsCompletedSuccessfully
            ? inbound.Result
            : new SessionEnd(writer.Broken.IsCancellationRequested || stop.OutputClosed ? SessionEndReason.OutputClosed : SessionEndReason.Stopped, 0);

        log.Debug($"session ended: {end.Reason}");
        if (end.Reason != SessionEndReason.OutputClosed)
        {
            await AnswerInFlightAsync(end, stop, handler, writer, stopped).ConfigureAwait(false);
        }

        handler.CompleteInput();
        rpc.Dispose();
        await writer.DisposeAsync().ConfigureAwait(false);
        return end;
    }

    /// <summary>
    /// Every request read before the end gets an answer before the session returns: requests still running get
    /// <see cref="ExitDrain"/> after end of input or <c>exit</c> (a run that hangs must not keep the process alive until
    /// its own timeout) and none after a signal, then are cancelled and answered -32800 naming the cause, within
    /// <see cref="CancelDrain"/>.
    /// </summary>
    private async Task AnswerInFlightAsync(SessionEnd end, SessionStop stop, GatewayMessageHandler handler, FrameWriter writer, Task stopped)
    {
        _inputEnded = true;
        if (inFlight.Count == 0)
        {
            _drained.TrySetResult();
        }

        if (end.Reason is SessionEndReason.EndOfInput or SessionEndReason.Exit)
        {
            await Task.WhenAny(_drained.Task, stopped, Task.Delay(ExitDrain, time, CancellationToken.None)).ConfigureAwait(false);
        }

        if (_drained.Task.IsCompleted || writer.Broken.IsCancellationRequested)
        {
            return;
        }

        _cancelReason = stop.Token.IsCancellationRequested ? stop.Reason
            : end.Reason == SessionEndReason.Exit ? "exit was received" : "the input ended";
        IReadOnlyList<(string Key, PendingRequest Request)> running = _pendingIds.Snapshot();
        log.Info($"cancelling {running.Count} request(s) still running: {_cancelReason}");
        foreach ((_, PendingRequest request) in running)
        {
            await handler.DeliverAsync(JsonEnvelope.CancelRequest(request.IdJson), CancellationToken.None).ConfigureAwait(false);
        }

        await Task.WhenAny(_drained.Task, Task.Delay(CancelDrain, time, CancellationToken.None)).ConfigureAwait(false);
        foreach ((string key, _) in _pendingIds.Snapshot())
        {
            if (_pendingIds.Remove(key) is { } stuck)
            {
                log.Warn($"{stuck.Method} ignored its cancellation; answered -32800 without it");
                await writer.WriteAsync(RpcErrorMapping.Response(stuck.IdJson, RpcErrorCodes.RequestCancelled, CancelledMessage(_cancelReason),
                    new RpcErrorData { Kind = RpcErrorKinds.Cancelled }), CancellationToken.None).ConfigureAwait(false);
                inFlight.Exit();
            }
        }
    }

    private static string CancelledMessage(string reason) => $"Request cancelled: the runtime is shutting down ({reason})";

    private async Task<SessionEnd> PumpInboundAsync(FrameReader reader, GatewayMessageHandler handler, AttachedRpc rpc, FrameWriter writer,
        CancellationToken cancellationToken)
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
                    await writer.WriteAsync(message.Error!.Response(message.IdJson), cancellationToken).ConfigureAwait(false);
                    continue;
                case InboundKind.Response:
                    await _awaited.DeliverAsync(message, cancellationToken).ConfigureAwait(false);
                    continue;
            }

            if (message.Method == "exit" && catalog.Contains(_dialect, "exit"))
            {
                return new SessionEnd(SessionEndReason.Exit, lifecycle.ShutdownRequested ? 0 : 1);
            }

            if (message.Kind == InboundKind.Notification)
            {
                // Notifications are never answered; unknown ones (including LSP's optional "$/" ones) are dropped.
                if ((catalog.Contains(_dialect, message.Method!) && rpc.TryPrepare(message.Method!)) || message.Method == "$/cancelRequest")
                {
                    await handler.DeliverAsync(message.Payload, cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            RejectedMessage? refusal = _admission!.Admit(message);
            if (refusal is not null)
            {
                Observe(catalog.Contains(_dialect, message.Method!) ? message.Method! : "(unknown)", refusal.Code.ToString(CultureInfo.InvariantCulture), TimeSpan.Zero);
                await writer.WriteAsync(refusal.Response(message.IdJson), cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!rpc.TryPrepare(message.Method!))
            {
                _pendingIds.Remove(message.IdKey!);
                inFlight.Exit();
                Observe(message.Method!, RpcErrorCodes.InternalError.ToString(CultureInfo.InvariantCulture), TimeSpan.Zero);
                await ReplyAsync(writer, message.IdJson, RpcErrorCodes.InternalError, RpcErrorKinds.Internal,
                    $"Internal error: {message.Method} could not be started; see the runtime's log", cancellationToken).ConfigureAwait(false);
                continue;
            }

            await handler.DeliverAsync(message.Payload, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every message StreamJsonRpc sends (answers and progress) passes here; calls are serialized by its handler.</summary>
    private async ValueTask SendAsync(JsonRpcMessage message, CancellationToken cancellationToken)
    {
        _awaited.Sending(message);
        RequestId? answered = message switch
        {
            JsonRpcResult result => result.RequestId,
            JsonRpcError error => error.RequestId,
            _ => null,
        };
        if (message is JsonRpcError failure)
        {
            RpcErrorMapping.Normalize(failure);
            if (_cancelReason is { } reason && failure.Error is { Code: (JsonRpcErrorCode)RpcErrorCodes.RequestCancelled } cancelled)
            {
                cancelled.Message = CancelledMessage(reason);
            }
        }

        // Only the first answer to an id is written: the session may have answered a request that ignored its
        // cancellation, and the handler's late answer must not follow.
        PendingRequest? pending = answered is { } id ? _pendingIds.Remove(JsonEnvelope.IdKey(id)) : null;
        if (answered is not null && pending is null)
        {
            log.Debug("dropped a second answer to a request already answered");
            return;
        }

        _serialized.ResetWrittenCount();
        _formatter!.Serialize(_serialized, message);

        // The id is free before the client can see the answer (it may reuse it at once); the in-flight count
        // drops only after the answer is queued, so end of input never exits ahead of an answer.
        if (pending is not null)
        {
            string outcome = message is JsonRpcError { Error: { } detail } ? ((int)detail.Code).ToString(CultureInfo.InvariantCulture) : "ok";
            Observe(pending.Method, outcome, time.GetElapsedTime(pending.Started));
        }

        await _writer!.WriteAsync(_serialized.WrittenSpan, cancellationToken).ConfigureAwait(false);
        if (pending is not null && inFlight.Exit() == 0 && _inputEnded)
        {
            _drained.TrySetResult();
        }
    }

    private async ValueTask UndeliverableAsync(byte[] payload, Exception error)
    {
        InboundMessage message = MessageClassifier.Classify(payload);
        if (message.Kind == InboundKind.Response)
        {
            await _awaited.UnreadableAsync(message, error).ConfigureAwait(false);
            return;
        }

        log.Error($"the dispatcher could not read a request: {error}");
        PendingRequest? pending = _pendingIds.Remove(message.IdKey);
        if (message.Kind == InboundKind.Request && pending is null)
        {
            return;
        }

        await ReplyAsync(_writer!, message.IdJson, RpcErrorCodes.InvalidRequest, RpcErrorKinds.InvalidRequest,
            "Invalid request: the request could not be read", CancellationToken.None).ConfigureAwait(false);
        if (pending is not null && inFlight.Exit() == 0 && _inputEnded)
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
}

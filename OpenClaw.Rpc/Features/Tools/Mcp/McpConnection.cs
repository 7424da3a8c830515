using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// JSON-RPC 2.0 with one MCP server over its stdin and stdout: requests with their own ids, answered in any order
/// (so concurrent calls share the connection), the server's own requests answered (<c>ping</c>; anything else is
/// -32601) and its notifications logged. Every wait is bounded; a cancelled or timed-out request is announced to
/// the server with <c>notifications/cancelled</c>.
/// </summary>
#pragma warning disable CA1001 // The write gate never hands out a wait handle, so it holds nothing to dispose.
internal sealed class McpConnection
#pragma warning restore CA1001
{
    private const int MethodNotFound = -32601;
    private const int MaxReasonLength = 500;
    private static readonly TimeSpan SideWriteBound = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonDocument>> _pending = new();
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly TaskCompletionSource<string> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Stream _serverInput;
    private readonly McpLineReader _lines;
    private readonly string _server;
    private readonly Action<string> _onNotification;
    private readonly RuntimeLog _log;
    private readonly TimeProvider _time;
    private long _lastId;

    /// <summary>Reads <paramref name="serverOutput"/> from now on; <paramref name="onNotification"/> gets each notification's method.</summary>
    public McpConnection(Stream serverOutput, Stream serverInput, string server, Action<string> onNotification, RuntimeLog log, TimeProvider time,
        int maxLineBytes = McpLineReader.DefaultMaxLineBytes)
    {
        _serverInput = serverInput;
        _lines = new McpLineReader(serverOutput, maxLineBytes);
        _server = server;
        _onNotification = onNotification;
        _log = log;
        _time = time;
        Reading = Task.Run(ReadAsync);
    }

    /// <summary>Completes when the connection has ended, with the reason.</summary>
    public Task<string> Closed => _closed.Task;

    /// <summary>The read loop; it ends when the server's output ends or breaks.</summary>
    public Task Reading { get; }

    /// <summary>Whether the connection ended because the server's output ended (it usually exits a moment later).</summary>
    public bool OutputEnded { get; private set; }

    /// <summary>
    /// Sends a request and waits at most <paramref name="timeout"/> for its answer; the caller disposes the document
    /// (its root holds <c>result</c>).
    /// </summary>
    /// <exception cref="McpServerException">The server answered an error or did not answer in time.</exception>
    /// <exception cref="McpConnectionClosedException">The connection ended first.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/>, after the server was told.</exception>
    public async Task<JsonDocument> RequestAsync(string method, Action<Utf8JsonWriter>? writeParams, TimeSpan timeout, CancellationToken cancellationToken)
    {
        long id = Interlocked.Increment(ref _lastId);
        var answer = new TaskCompletionSource<JsonDocument>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        using var timer = new CancellationTokenSource(timeout, _time);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            await SendAsync(McpFrames.Request(id, method, writeParams), bounded.Token).ConfigureAwait(false);
            return await answer.Task.WaitAsync(bounded.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await TellCancelledAsync(id, "cancelled by the client").ConfigureAwait(false);
            throw;
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested)
        {
            await TellCancelledAsync(id, $"timed out after {McpWait.Describe(timeout)}").ConfigureAwait(false);
            throw new McpServerException($"timed out after {McpWait.Describe(timeout)} waiting for {method}");
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    public Task NotifyAsync(string method, Action<Utf8JsonWriter>? writeParams, CancellationToken cancellationToken) =>
        SendAsync(McpFrames.Notification(method, writeParams), cancellationToken);

    /// <summary>Ends the connection: every waiting request fails with <paramref name="reason"/>.</summary>
    public void Close(string reason)
    {
        if (!_closed.TrySetResult(reason))
        {
            return;
        }

        foreach (long id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out TaskCompletionSource<JsonDocument>? waiter))
            {
                waiter.TrySetException(new McpConnectionClosedException(reason));
            }
        }
    }

    private async Task SendAsync(byte[] frame, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        bool writing = false;
        try
        {
            if (_closed.Task.IsCompleted)
            {
                throw new McpConnectionClosedException(await _closed.Task.ConfigureAwait(false));
            }

            cancellationToken.ThrowIfCancellationRequested();
            writing = true;
            await _serverInput.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
            await _serverInput.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (writing)
        {
            // Only a server that stopped reading blocks a write until a bound fires, and the frame may be half written.
            Close("the server stopped reading its input");
            throw;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            Close("the server's input is closed");
            throw new McpConnectionClosedException("the server's input is closed");
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task TellCancelledAsync(long id, string reason)
    {
        using var bound = new CancellationTokenSource(SideWriteBound, _time);
        try
        {
            await NotifyAsync("notifications/cancelled", writer =>
            {
                writer.WriteNumber("requestId", id);
                writer.WriteString("reason", reason);
            }, bound.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or McpConnectionClosedException)
        {
            _log.Debug($"mcp {_server}: could not tell the server that request {id} was {reason}");
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            while (await _lines.ReadLineAsync(CancellationToken.None).ConfigureAwait(false) is { } line)
            {
                if (line.AsSpan().Trim(" \t"u8).Length > 0)
                {
                    await HandleAsync(line).ConfigureAwait(false);
                }
            }

            OutputEnded = true;
            Close("the server closed its output");
        }
        catch (McpServerException e)
        {
            Close(e.Message);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            Close("reading the server's output failed");
        }
    }

    private async Task HandleAsync(byte[] line)
    {
        JsonDocument message;
        try
        {
            message = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            _log.Debug($"mcp {_server}: ignored a line that is not JSON ({line.Length} bytes)");
            return;
        }

        bool handedOver = false;
        try
        {
            handedOver = await DispatchAsync(message).ConfigureAwait(false);
        }
        finally
        {
            if (!handedOver)
            {
                message.Dispose();
            }
        }
    }

    /// <summary>Routes one message; true when a waiting request took the document (and now owns it).</summary>
    private async Task<bool> DispatchAsync(JsonDocument message)
    {
        JsonElement root = message.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            _log.Debug($"mcp {_server}: ignored a message that is not an object");
            return false;
        }

        JsonElement id = root.TryGetProperty("id", out JsonElement given) && given.ValueKind is JsonValueKind.Number or JsonValueKind.String ? given : default;
        if (root.TryGetProperty("method", out JsonElement method) && method.ValueKind == JsonValueKind.String)
        {
            if (id.ValueKind != JsonValueKind.Undefined)
            {
                await AnswerServerRequestAsync(method.GetString()!, id).ConfigureAwait(false);
            }
            else
            {
                _log.Debug($"mcp {_server}: notification {method.GetString()}");
                _onNotification(method.GetString()!);
            }

            return false;
        }

        if (id.ValueKind != JsonValueKind.Number || !id.TryGetInt64(out long answered) || !_pending.TryRemove(answered, out TaskCompletionSource<JsonDocument>? waiter))
        {
            _log.Debug($"mcp {_server}: ignored a message that answers no waiting request");
            return false;
        }

        if (root.TryGetProperty("error", out _) || !root.TryGetProperty("result", out _))
        {
            waiter.TrySetException(new McpServerException(DescribeError(root)));
            return false;
        }

        return waiter.TrySetResult(message);
    }

    private async Task AnswerServerRequestAsync(string method, JsonElement id)
    {
        _log.Debug($"mcp {_server}: request {method} from the server");
        byte[] answer = method == "ping"
            ? McpFrames.EmptyResult(id)
            : McpFrames.Error(id, MethodNotFound, $"method not supported by this client: {method}");
        using var bound = new CancellationTokenSource(SideWriteBound, _time);
        try
        {
            await SendAsync(answer, bound.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or McpConnectionClosedException)
        {
            _log.Debug($"mcp {_server}: could not answer {method}");
        }
    }

    private static string DescribeError(JsonElement root)
    {
        if (!root.TryGetProperty("error", out JsonElement error) || error.ValueKind != JsonValueKind.Object)
        {
            return "the server answered without a result";
        }

        string code = error.TryGetProperty("code", out JsonElement c) && c.TryGetInt64(out long n) ? n.ToString(CultureInfo.InvariantCulture) : "?";
        string text = error.TryGetProperty("message", out JsonElement m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "no message";
        return $"the server answered error {code}: {(text.Length <= MaxReasonLength ? text : text[..MaxReasonLength] + "…")}";
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace OpenClaw.Tests.Support;

/// <summary>
/// A scripted OpenAI-compatible / Anthropic server on 127.0.0.1 and a free port. Each provider gets a path prefix
/// (<see cref="BaseUrl"/>(name)); replies are taken from that provider's queue in order, then its default.
/// Records every request (stamped with the given clock) and whether the client went away in the middle of a
/// streamed reply, and lets a test wait for either instead of sleeping.
/// </summary>
internal sealed class FakeLlmServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Task _loop;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<LlmReply>> _scripts = new();
    private readonly ConcurrentDictionary<string, LlmReply> _defaults = new();
    private readonly ConcurrentQueue<LlmRequest> _requests = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _firstAbort = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeProvider _clock;
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _aborted;

    public FakeLlmServer(TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
        (_listener, Root) = LoopbackListener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Root { get; }

    /// <summary>The base URL to configure for <paramref name="provider"/> (OpenAI style, ends in /v1).</summary>
    public string BaseUrl(string provider) => $"{Root}/{provider}/v1";

    public IReadOnlyList<LlmRequest> Requests => [.. _requests];

    public IReadOnlyList<LlmRequest> RequestsTo(string provider) => [.. _requests.Where(r => r.Provider == provider)];

    /// <summary>How many streamed replies the client abandoned before the end.</summary>
    public int AbortedStreams => Volatile.Read(ref _aborted);

    /// <summary>Completes once <paramref name="provider"/> has received <paramref name="count"/> requests.</summary>
    public async Task WaitForRequestsAsync(string provider, int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            // Taken before the count is read: a request recorded after the read completes this very signal.
            Task arrived = Volatile.Read(ref _arrived).Task;
            if (RequestsTo(provider).Count >= count)
            {
                return;
            }

            await arrived.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Completes once the client has abandoned a streamed reply.</summary>
    public Task WaitForAbortedStreamAsync(CancellationToken cancellationToken) => _firstAbort.Task.WaitAsync(cancellationToken);

    /// <summary>Queues replies for <paramref name="provider"/>, served in order.</summary>
    public FakeLlmServer Script(string provider, params LlmReply[] replies)
    {
        ConcurrentQueue<LlmReply> queue = _scripts.GetOrAdd(provider, _ => new ConcurrentQueue<LlmReply>());
        foreach (LlmReply reply in replies)
        {
            queue.Enqueue(reply);
        }

        return this;
    }

    /// <summary>The reply once the queue is empty.</summary>
    public FakeLlmServer Always(string provider, LlmReply reply)
    {
        _defaults[provider] = reply;
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        string path = context.Request.Url!.AbsolutePath;
        string provider = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var request = new LlmRequest(provider, path,
            context.Request.Headers.AllKeys.ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase),
            await reader.ReadToEndAsync(), _clock.GetUtcNow());
        _requests.Enqueue(request);
        Interlocked.Exchange(ref _arrived, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        LlmReply reply = _scripts.TryGetValue(provider, out var queue) && queue.TryDequeue(out LlmReply? next) ? next
            : _defaults.TryGetValue(provider, out LlmReply? fallback) ? fallback
            : LlmReply.Error(404, "{\"error\":{\"code\":\"no_script\"}}");
        HttpListenerResponse response = context.Response;
        try
        {
            if (reply.HangMs > 0)
            {
                await Task.Delay(reply.HangMs, _stop.Token);
            }

            response.StatusCode = reply.Status;
            foreach ((string name, string value) in reply.Headers)
            {
                response.Headers[name] = value;
            }

            if (reply.Chunks.Count == 0)
            {
                byte[] body = Encoding.UTF8.GetBytes(reply.EchoKey ? reply.Body.Replace("{key}", RequestKey.Of(request), StringComparison.Ordinal) : reply.Body);
                response.ContentLength64 = body.Length;
                await response.OutputStream.WriteAsync(body);
                response.Close();
                return;
            }

            response.SendChunked = true;
            response.ContentType = "text/event-stream";
            foreach (string chunk in reply.Chunks)
            {
                byte[] bytes = Encoding.UTF8.GetBytes(chunk);
                await response.OutputStream.WriteAsync(bytes);
                await response.OutputStream.FlushAsync();
                if (reply.ChunkDelayMs > 0)
                {
                    await Task.Delay(reply.ChunkDelayMs, _stop.Token);
                }
            }

            if (reply.CutAtEnd)
            {
                response.Abort();
                return;
            }

            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            Interlocked.Increment(ref _aborted);
            _firstAbort.TrySetResult();
        }
        catch (OperationCanceledException)
        {
        }
    }
}

/// <summary>The key a request carried (bearer token or x-api-key), for replies that echo it as a careless provider does.</summary>
file static class RequestKey
{
    public static string Of(LlmRequest request) =>
        request.Headers.TryGetValue("Authorization", out string? bearer) ? bearer.Replace("Bearer ", string.Empty, StringComparison.Ordinal)
        : request.Headers.TryGetValue("x-api-key", out string? key) ? key
        : string.Empty;
}

internal sealed record LlmRequest(string Provider, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset ReceivedAt)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
}

/// <summary>One scripted reply: a status and body, or SSE chunks (optionally slow, optionally cut), optionally after a hang. Tool-call replies are in LlmReply.ToolCalls.cs.</summary>
internal sealed partial record LlmReply
{
    public int Status { get; init; } = 200;

    public string Body { get; init; } = string.Empty;

    public IReadOnlyList<string> Chunks { get; init; } = [];

    public int ChunkDelayMs { get; init; }

    public bool CutAtEnd { get; init; }

    public int HangMs { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether <c>{key}</c> in <see cref="Body"/> is replaced with the key the request carried.</summary>
    public bool EchoKey { get; init; }

    public static LlmReply OpenAiText(string text, string model = "m") => new()
    {
        Body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = "chatcmpl-1",
            ["model"] = model,
            ["choices"] = new[] { new Dictionary<string, object> { ["index"] = 0, ["message"] = new Dictionary<string, string> { ["role"] = "assistant", ["content"] = text }, ["finish_reason"] = "stop" } },
            ["usage"] = new Dictionary<string, int> { ["prompt_tokens"] = 11, ["completion_tokens"] = 7, ["total_tokens"] = 18 },
        }),
        Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
    };

    /// <summary>An OpenAI SSE stream of <paramref name="deltas"/>, finished with a finish_reason and [DONE] unless <paramref name="finish"/> is false.</summary>
    public static LlmReply OpenAiStream(IReadOnlyList<string> deltas, bool finish = true, int chunkDelayMs = 0, bool cut = false) => new()
    {
        Chunks = [.. deltas.Select(d => $"data: {{\"model\":\"m\",\"choices\":[{{\"index\":0,\"delta\":{{\"content\":{JsonSerializer.Serialize(d)}}},\"finish_reason\":null}}]}}\n\n"),
            .. finish ? new[] { "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":3,\"total_tokens\":8}}\n\n", "data: [DONE]\n\n" } : []],
        ChunkDelayMs = chunkDelayMs,
        CutAtEnd = cut,
    };

    public static LlmReply AnthropicText(string text) => new()
    {
        Body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = "msg_1",
            ["type"] = "message",
            ["model"] = "claude-test",
            ["content"] = new[] { new Dictionary<string, string> { ["type"] = "text", ["text"] = text } },
            ["stop_reason"] = "end_turn",
            ["usage"] = new Dictionary<string, int> { ["input_tokens"] = 9, ["output_tokens"] = 4 },
        }),
        Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
    };

    public static LlmReply AnthropicStream(IReadOnlyList<string> deltas) => new()
    {
        Chunks =
        [
            "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"model\":\"claude-test\",\"usage\":{\"input_tokens\":9}}}\n\n",
            "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n",
            .. deltas.Select(d => $"event: content_block_delta\ndata: {{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{{\"type\":\"text_delta\",\"text\":{JsonSerializer.Serialize(d)}}}}}\n\n"),
            "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":4}}\n\n",
            "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n",
        ],
    };

    public static LlmReply Error(int status, string body = "{\"error\":{\"message\":\"nope\",\"type\":\"server_error\"}}",
        IReadOnlyDictionary<string, string>? headers = null) => new()
        {
            Status = status,
            Body = body,
            Headers = headers ?? new Dictionary<string, string> { ["Content-Type"] = "application/json" },
        };

    public static LlmReply Malformed() => new() { Body = "{\"choices\": [ this is not json", Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" } };

    public static LlmReply Hang(int ms) => OpenAiText("too late") with { HangMs = ms };
}

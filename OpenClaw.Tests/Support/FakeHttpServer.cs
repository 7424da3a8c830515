using System.Net;
using System.Text;

namespace OpenClaw.Tests.Support;

/// <summary>A scripted HTTP server on 127.0.0.1 and a free port, started and stopped by the test that uses it.</summary>
internal sealed class FakeHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Func<RecordedRequest, Task<FakeResponse>> _respond;
    private readonly Task _loop;
    private readonly List<RecordedRequest> _requests = [];
    private readonly CancellationTokenSource _stop = new();

    public FakeHttpServer(Func<RecordedRequest, Task<FakeResponse>> respond)
    {
        _respond = respond;
        (_listener, BaseUrl) = LoopbackListener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
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
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var request = new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.PathAndQuery,
            context.Request.Headers.AllKeys.ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase),
            await reader.ReadToEndAsync());
        lock (_requests)
        {
            _requests.Add(request);
        }

        try
        {
            FakeResponse response = await _respond(request);
            if (response.NeverAnswers)
            {
                // Holds the connection open until the server stops, as a provider that hangs does.
                await Task.Delay(Timeout.Infinite, _stop.Token);
            }

            context.Response.StatusCode = response.Status;
            foreach ((string name, string value) in response.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            await context.Response.OutputStream.WriteAsync(response.Body);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException or OperationCanceledException)
        {
        }
    }
}

internal sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body);

internal sealed record FakeResponse(int Status, byte[] Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>No answer at all until the server is disposed.</summary>
    public bool NeverAnswers { get; init; }

    public static FakeResponse NoAnswer() => new(200, []) { NeverAnswers = true };

    public static FakeResponse Audio(byte[] body) => new(200, body);

    public static FakeResponse Error(int status, string body = "{\"error\":{\"message\":\"nope\"}}", IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, Encoding.UTF8.GetBytes(body), headers);
}

using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenClaw.Tests.Support;

/// <summary>A scripted HTTP server on 127.0.0.1 and a free port, started and stopped by the test that uses it.</summary>
internal sealed class FakeHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<RecordedRequest, Task<FakeResponse>> _respond;
    private readonly Task _loop;
    private readonly List<RecordedRequest> _requests = [];

    public FakeHttpServer(Func<RecordedRequest, Task<FakeResponse>> respond)
    {
        _respond = respond;
        int port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
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
        _listener.Stop();
        _listener.Close();
        await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
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
            context.Response.StatusCode = response.Status;
            foreach ((string name, string value) in response.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            await context.Response.OutputStream.WriteAsync(response.Body);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
        }
    }
}

internal sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body);

internal sealed record FakeResponse(int Status, byte[] Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Audio(byte[] body) => new(200, body);

    public static FakeResponse Error(int status, string body = "{\"error\":{\"message\":\"nope\"}}", IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, Encoding.UTF8.GetBytes(body), headers);
}

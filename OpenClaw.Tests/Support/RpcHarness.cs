using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Tests.Support;

/// <summary>
/// One session of the real host (gate, StreamJsonRpc, handlers) over an in-memory duplex stream. Tests write
/// raw bytes as a client would and read whole frames back.
/// </summary>
internal sealed class RpcHarness : IAsyncDisposable, IRawConnection
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(10);
    private readonly ServiceProvider _services;
    private readonly Stream _client;
    private readonly FrameReader _reader;
    private readonly TempDirectory? _ownedStateDir;
    private readonly string _stateDir;
    private readonly StringWriter _log = new();
    private readonly EndObservingStream _input;

    private RpcHarness(RuntimeTrack track, Action<OpenClawServerBuilder>? extra, IReadOnlyDictionary<string, string>? environment, string? configJson,
        string? stateDir, TimeProvider? time, string dialect)
    {
        _ownedStateDir = stateDir is null ? new TempDirectory() : null;
        _stateDir = stateDir ?? _ownedStateDir!.Path;
        if (configJson is not null)
        {
            File.WriteAllText(Path.Combine(_stateDir, "openclaw.json"), configJson);
        }

        var redactor = new SecretRedactor();
        var env = new DictionaryEnvironmentReader(environment ?? new Dictionary<string, string>());
        RuntimeSettings settings = RuntimeSettingsLoader.Load(track, new GlobalOptions { StateDir = _stateDir }, env, redactor);
        OpenClawServerBuilder builder = EngineServices.CreateBuilder(settings,
            new RuntimeLog(TextWriter.Synchronized(_log), LogLevel.Debug, redactor, TimeProvider.System), redactor, env, time ?? TimeProvider.System);
        TestTracks.Composition(track)(builder);
        extra?.Invoke(builder);
        _services = builder.Build(validate: true);
        // Two one-way pipes rather than one duplex stream, so a test can end the input (stdin EOF) and still read.
        var toServer = new Pipe();
        var toClient = new Pipe();
        _client = toServer.Writer.AsStream();
        _reader = new FrameReader(toClient.Reader, int.MaxValue);
        _input = new EndObservingStream(toServer.Reader.AsStream());
        Session = _services.GetRequiredService<RpcSession>().RunAsync(_input, toClient.Writer.AsStream(), dialect, CancellationToken.None);
    }

    public Task<SessionEnd> Session { get; }

    /// <summary>Completes when the session has read the end of its input (after <see cref="CloseInputAsync"/>).</summary>
    public Task InputEndSeen => _input.EndSeen;

    public IServiceProvider Services => _services;

    public string Log => _log.ToString();

    public static RpcHarness Start(RuntimeTrack track = RuntimeTrack.Core, Action<OpenClawServerBuilder>? extra = null,
        IReadOnlyDictionary<string, string>? environment = null, string? configJson = null, string? stateDir = null, TimeProvider? time = null,
        string dialect = RpcDialects.Native) =>
        new(track, extra, environment, configJson, stateDir, time, dialect);

    public string StateDir => _stateDir;

    public async Task SendRawAsync(byte[] bytes, CancellationToken cancellationToken = default)
    {
        await _client.WriteAsync(bytes, cancellationToken);
        await _client.FlushAsync(cancellationToken);
    }

    public Task SendRawAsync(string text) => SendRawAsync(Encoding.UTF8.GetBytes(text));

    public Task SendLineAsync(string json) => SendRawAsync(json + "\n");

    public Task SendFramedAsync(string json)
    {
        byte[] body = Encoding.UTF8.GetBytes(json);
        return SendRawAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n").Concat(body).ToArray());
    }

    /// <summary>Sends a request line and returns the response with the same id (skipping notifications).</summary>
    public async Task<JsonElement> CallAsync(string method, string? paramsJson = null, int id = 1, CancellationToken cancellationToken = default)
    {
        string parameters = paramsJson is null ? string.Empty : $",\"params\":{JsonNode.Parse(paramsJson)!.ToJsonString()}";
        await SendLineAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"{method}\"{parameters}}}");
        while (true)
        {
            JsonElement message = await ReadAsync(cancellationToken);
            if (message.TryGetProperty("id", out JsonElement got) && got.ValueKind == JsonValueKind.Number && got.GetInt32() == id)
            {
                return message;
            }
        }
    }

    /// <summary>
    /// The next frame from the server. A caller's token (a test's [CancelAfter]) is the bound; without one the read
    /// gives up after <see cref="ReadTimeout"/>.
    /// </summary>
    public async Task<JsonElement> ReadAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (!cancellationToken.CanBeCanceled)
        {
            timeout.CancelAfter(ReadTimeout);
        }

        InboundFrame frame = await _reader.ReadAsync(timeout.Token);
        Assert.That(frame.Kind, Is.EqualTo(FrameKind.Message), "expected a frame from the server");
        using JsonDocument document = JsonDocument.Parse(frame.Payload);
        return document.RootElement.Clone();
    }

    public Framing ResponseFraming => _reader.Framing;

    /// <summary>Closes the client's side, as stdin EOF does.</summary>
    public async Task<SessionEnd> CloseInputAsync()
    {
        _client.Dispose();
        return await Session.WaitAsync(ReadTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await Session.WaitAsync(ReadTimeout).ContinueWith(_ => { }, TaskScheduler.Default);
        await _services.DisposeAsync();
        _ownedStateDir?.Dispose();
    }
}

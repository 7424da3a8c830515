using System.Text.Json;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// A started server after the MCP handshake: its process, the connection, and its tools as last listed (kept until
/// the server announces <c>notifications/tools/list_changed</c>). Each request is bounded by the server's timeout.
/// </summary>
internal sealed class McpClient : IAsyncDisposable
{
    /// <summary>The MCP revision this client asks for; it accepts whichever the server answers.</summary>
    public const string ProtocolVersion = "2025-06-18";

    /// <summary>Pages of <c>tools/list</c> read at most (a server may hand out cursors forever).</summary>
    public const int MaxPages = 20;

    /// <summary>Tools kept at most per server; every one is sent to the model on each turn.</summary>
    public const int MaxTools = 512;

    private readonly McpServerOptions _options;
    private readonly McpServerProcess _process;
    private readonly McpConnection _connection;
    private readonly RuntimeLog _log;
    private readonly TimeProvider _time;
    private volatile McpListedTools? _tools;
    private long _toolsVersion;
    private volatile bool _stopping;

    public McpClient(McpServerOptions options, McpServerProcess process, RuntimeLog log, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(process);
        _options = options;
        _process = process;
        _log = log;
        _time = time;
        _connection = new McpConnection(process.Output, process.Input, options.Name, OnNotification, log, time);
        _ = WatchEndAsync();
    }

    /// <summary>The server's pid (tests and the debug log).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Whether the process runs and the connection is usable.</summary>
    public bool IsAlive => !_process.Exited.IsCompleted && !_connection.Closed.IsCompleted;

    /// <summary>When the process exited or the connection ended, whichever came first; null while it is alive.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>How it ended, once it has: the exit code, or why the connection broke.</summary>
    public string EndReason => _process.ExitCode is { } code ? $"the server exited (code {code})"
        : _connection.Closed.IsCompleted ? _connection.Closed.Result : "the server is running";

    private TimeSpan Timeout => TimeSpan.FromSeconds(_options.TimeoutSeconds);

    /// <summary>The handshake: <c>initialize</c>, then <c>notifications/initialized</c>.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        using JsonDocument answer = await RequestAsync("initialize", writer =>
        {
            writer.WriteString("protocolVersion", ProtocolVersion);
            writer.WriteStartObject("capabilities");
            writer.WriteEndObject();
            writer.WriteStartObject("clientInfo");
            writer.WriteString("name", "openclaw");
            writer.WriteString("version", BuildVersion.Value);
            writer.WriteEndObject();
        }, cancellationToken).ConfigureAwait(false);
        JsonElement result = answer.RootElement.GetProperty("result");
        if (result.ValueKind != JsonValueKind.Object)
        {
            throw new McpServerException("the server answered initialize with something other than an object");
        }

        string version = result.TryGetProperty("protocolVersion", out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "unknown";
        _log.Debug($"mcp {_options.Name}: initialized (pid {_process.Id}, protocol {version})");
        using var bound = new CancellationTokenSource(Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, bound.Token);
        try
        {
            await _connection.NotifyAsync("notifications/initialized", null, linked.Token).ConfigureAwait(false);
        }
        catch (McpConnectionClosedException e)
        {
            throw new McpServerException(await DescribeEndAsync(e.Message).ConfigureAwait(false));
        }
    }

    /// <summary>The server's tools, paginated up to <see cref="MaxPages"/> pages and <see cref="MaxTools"/> tools.</summary>
    public async Task<McpListedTools> ListToolsAsync(CancellationToken cancellationToken)
    {
        if (_tools is { } cached)
        {
            return cached;
        }

        long version = Interlocked.Read(ref _toolsVersion);
        List<McpTool> tools = [];
        string? cursor = null;
        string? problem = null;
        for (int page = 0; problem is null; page++)
        {
            if (page == MaxPages)
            {
                problem = $"it lists more than {MaxPages} pages of tools; the rest are left out";
                break;
            }

            string? after = cursor;
            using JsonDocument answer = await RequestAsync("tools/list", writer =>
            {
                if (after is not null)
                {
                    writer.WriteString("cursor", after);
                }
            }, cancellationToken).ConfigureAwait(false);
            JsonElement result = answer.RootElement.GetProperty("result");
            if (result.ValueKind != JsonValueKind.Object || !result.TryGetProperty("tools", out JsonElement listed) || listed.ValueKind != JsonValueKind.Array)
            {
                throw new McpServerException("the server answered tools/list without a tools array");
            }

            foreach (JsonElement entry in listed.EnumerateArray())
            {
                if (tools.Count == MaxTools)
                {
                    problem = $"it lists more than {MaxTools} tools; the rest are left out";
                    break;
                }

                if (McpToolParser.Parse(entry) is { } tool)
                {
                    tools.Add(tool);
                }
                else
                {
                    _log.Debug($"mcp {_options.Name}: skipped a listed tool without a name");
                }
            }

            cursor = result.TryGetProperty("nextCursor", out JsonElement next) && next.ValueKind == JsonValueKind.String && next.GetString() is { Length: > 0 } c ? c : null;
            if (cursor is null)
            {
                break;
            }
        }

        var list = new McpListedTools(tools, problem);
        // A change announced while this listing ran must not be hidden behind it.
        if (Interlocked.Read(ref _toolsVersion) == version)
        {
            _tools = list;
        }

        return list;
    }

    /// <summary><c>tools/call</c>; the caller disposes the answer (its root holds <c>result</c>).</summary>
    public Task<JsonDocument> CallToolAsync(string name, JsonElement arguments, CancellationToken cancellationToken) =>
        RequestAsync("tools/call", writer =>
        {
            writer.WriteString("name", name);
            writer.WritePropertyName("arguments");
            if (arguments.ValueKind == JsonValueKind.Object)
            {
                arguments.WriteTo(writer);
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteEndObject();
            }
        }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _stopping = true;
        await _process.StopAsync().ConfigureAwait(false);
        _connection.Close("the server was stopped");
        await _process.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<JsonDocument> RequestAsync(string method, Action<Utf8JsonWriter> writeParams, CancellationToken cancellationToken)
    {
        try
        {
            return await _connection.RequestAsync(method, writeParams, Timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (McpConnectionClosedException e)
        {
            throw new McpServerException(await DescribeEndAsync(e.Message).ConfigureAwait(false));
        }
    }

    /// <summary>Why the connection ended in the words a user needs: the exit code when the process is gone.</summary>
    private async Task<string> DescribeEndAsync(string reason)
    {
        if (_stopping)
        {
            return "the server was stopped";
        }

        if (_connection.OutputEnded)
        {
            // Its output usually closes a moment before the exit is seen.
            await _process.Exited.WaitAsync(McpServerProcess.StopGrace, _time).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return _process.ExitCode is { } code ? $"the server exited (code {code})" : reason;
    }

    private void OnNotification(string method)
    {
        if (method == "notifications/tools/list_changed")
        {
            Interlocked.Increment(ref _toolsVersion);
            _tools = null;
        }
    }

    private async Task WatchEndAsync()
    {
        await Task.WhenAny(_process.Exited, _connection.Closed).ConfigureAwait(false);
        EndedAt = _time.GetUtcNow();
        await _process.Exited.ConfigureAwait(false);
        await _process.Stderr.Draining.WaitAsync(McpServerProcess.StopGrace, _time).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        string tail = _process.Stderr.Text();
        _log.Debug($"mcp {_options.Name}: process {_process.Id} exited (code {_process.ExitCode})" + (tail.Length > 0 ? $"; last stderr: {tail}" : string.Empty));
    }
}

using System.Globalization;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// One server as the runtime keeps it: started on first need, reused while it lives, started again on the next use
/// after it dies (or failed to start). When a server started again that way fails within <see cref="RestartWindow"/>,
/// it stays down for <see cref="RestartWindow"/>: uses in that time get the reason without a new process. Concurrent
/// users share one start.
/// </summary>
internal sealed class McpServerSlot(McpServerOptions options, McpServerLauncher launcher, TimeProvider time) : IAsyncDisposable
{
    /// <summary>A restarted server that fails within this is held down for as long.</summary>
    public static readonly TimeSpan RestartWindow = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _disposing = new();
    private volatile McpClient? _client;
    private bool _failedBefore;
    private bool _lastStartWasRestart;
    private DateTimeOffset _lastStartAt;
    private DateTimeOffset _downUntil = DateTimeOffset.MinValue;
    private string _lastFailure = string.Empty;

    public McpServerOptions Options => options;

    /// <summary>The running server, started (or started again) when needed.</summary>
    /// <exception cref="McpServerException">It cannot be started, is held down, or the slot was stopped.</exception>
    public async Task<McpClient> GetAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsAlive: true } running)
        {
            return running;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposing.Token);
        try
        {
            await _gate.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new McpServerException("the server was stopped");
        }

        try
        {
            return await GetHeldAsync(linked.Token, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _disposing.CancelAsync().ConfigureAwait(false);
        // A start under way sees the cancellation, stops its process and lets go of the gate.
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (_client is { } client)
            {
                _client = null;
                await client.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<McpClient> GetHeldAsync(CancellationToken startToken, CancellationToken callerToken)
    {
        if (_disposing.IsCancellationRequested)
        {
            throw new McpServerException("the server was stopped");
        }

        if (_client is { } client)
        {
            if (client.IsAlive)
            {
                return client;
            }

            _client = null;
            RecordFailure(client.EndReason, client.EndedAt ?? time.GetUtcNow());
            await client.DisposeAsync().ConfigureAwait(false);
        }

        if (time.GetUtcNow() < _downUntil)
        {
            throw new McpServerException(string.Create(CultureInfo.InvariantCulture,
                $"{_lastFailure}; it failed again within {RestartWindow.TotalSeconds:0} s of being restarted, so it stays down until {_downUntil:HH:mm:ss} UTC"));
        }

        _lastStartWasRestart = _failedBefore;
        _lastStartAt = time.GetUtcNow();
        try
        {
            McpClient started = await launcher.StartAsync(options, startToken).ConfigureAwait(false);
            _client = started;
            return started;
        }
        catch (McpServerException e)
        {
            RecordFailure(e.Message, time.GetUtcNow());
            throw;
        }
        catch (OperationCanceledException) when (!callerToken.IsCancellationRequested)
        {
            throw new McpServerException("the server was stopped");
        }
    }

    private void RecordFailure(string reason, DateTimeOffset at)
    {
        if (_lastStartWasRestart && at - _lastStartAt < RestartWindow)
        {
            _downUntil = at + RestartWindow;
        }

        _failedBefore = true;
        _lastFailure = reason;
    }
}

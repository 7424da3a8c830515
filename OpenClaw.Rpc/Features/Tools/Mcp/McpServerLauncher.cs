using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// Starts one server and completes the MCP handshake within its timeout. A server that fails either step is stopped
/// (its tree killed) before the reason is thrown, so a failed start leaves no process behind.
/// </summary>
internal sealed class McpServerLauncher(ChildContainment containment, ChildProcessRegistry children, SecretRedactor secrets, RuntimeLog log, TimeProvider time)
{
    /// <exception cref="McpServerException">It cannot be started or did not complete the handshake.</exception>
    public async Task<McpClient> StartAsync(McpServerOptions server, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        McpServerProcess process = await McpServerProcess.StartAsync(server, containment, children, secrets, time).ConfigureAwait(false);
        var client = new McpClient(server, process, log, time);
        try
        {
            await client.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        log.Info($"mcp {server.Name}: started (pid {client.ProcessId})");
        return client;
    }
}

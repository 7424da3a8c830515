namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// The connection to a server ended while a request waited (the server exited, closed its output or broke the
/// framing); the owner of the process turns it into a <see cref="McpServerException"/> that says how the server ended.
/// </summary>
internal sealed class McpConnectionClosedException(string reason) : Exception(reason);

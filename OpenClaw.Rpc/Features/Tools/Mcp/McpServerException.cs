namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// An MCP server could not do what was asked (cannot start, timed out, exited, answered an error); the message is the
/// reason in words a user or the model can read. Never thrown for cancellation.
/// </summary>
internal sealed class McpServerException(string message) : Exception(message);

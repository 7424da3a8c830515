using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tools.Mcp;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Agent.Tools;

/// <summary>
/// How one protocol takes part in a turn's tool calls: who is asked for approvals, where each call's status goes
/// (<c>$/progress</c> or ACP <c>tool_call</c> updates), and the MCP servers the session brought (ACP's
/// <c>mcpServers</c>) on top of the configured ones.
/// </summary>
internal sealed record AgentToolHooks(
    IToolApprover Approver,
    Func<ToolCallProgress, CancellationToken, Task>? OnToolCall = null,
    IReadOnlyList<McpServerOptions>? SessionServers = null);

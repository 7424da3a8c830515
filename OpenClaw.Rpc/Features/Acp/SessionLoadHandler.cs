using System.Text.Json;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Features.Tools.Mcp;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>
/// Answers ACP <c>session/load</c>: every message of the session's current transcript goes out as a
/// <c>user_message_chunk</c> or <c>agent_message_chunk</c>, and each tool call as a <c>tool_call</c> with its final
/// status and result, all before the answer. Any durable session loads, also one made by <c>agent.run</c>; one with no
/// working directory yet takes the editor's. The <c>mcpServers</c> it names replace those the session had.
/// </summary>
internal sealed class SessionLoadHandler(SessionStore sessions, AcpSessionUpdates updates, AcpSessionServers servers) : ISessionLoad
{
    public async Task<AcpEmptyResult> InvokeAsync(SessionLoadParams? parameters = null, CancellationToken cancellationToken = default)
    {
        parameters ??= new SessionLoadParams();
        string sessionId = AcpParams.RequireSessionId(parameters.SessionId);
        string cwd = AcpParams.RequireCwd(parameters.Cwd);
        IReadOnlyList<McpServerOptions> brought = AcpMcpServerParams.Read(parameters.McpServers, sessionId);
        SessionIndexEntry entry = await sessions.FindAsync(sessionId, cancellationToken).ConfigureAwait(false) ?? throw AcpErrors.SessionNotFound(sessionId);
        if (entry.Cwd is null)
        {
            await AdoptAsync(sessionId, cwd, cancellationToken).ConfigureAwait(false);
        }

        await servers.SetAsync(sessionId, brought).ConfigureAwait(false);
        (_, IReadOnlyList<TranscriptMessage> messages) = await sessions.ReadAllAsync(sessionId, cancellationToken).ConfigureAwait(false);
        var asked = new Dictionary<string, TranscriptToolCall>(StringComparer.Ordinal);
        foreach (TranscriptMessage message in messages)
        {
            await ReplayAsync(sessionId, message, asked, cancellationToken).ConfigureAwait(false);
        }

        return new AcpEmptyResult();
    }

    private async Task ReplayAsync(string sessionId, TranscriptMessage message, Dictionary<string, TranscriptToolCall> asked, CancellationToken cancellationToken)
    {
        if (message.Role == TranscriptMessage.Tool)
        {
            string id = message.ToolCallId ?? string.Empty;
            JsonElement? arguments = asked.TryGetValue(id, out TranscriptToolCall? call) ? call.Arguments : null;
            AcpToolCall replayed = AcpToolCalls.Opened(id, message.ToolName ?? call?.Tool ?? string.Empty, AcpToolCalls.Status(message.Outcome ?? string.Empty), arguments)
                with
            { Content = [AcpToolCallContent.Text(message.Text)] };
            await updates.SendToolCallAsync(sessionId, replayed, cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (TranscriptToolCall call in message.ToolCalls ?? [])
        {
            asked[call.Id] = call;
        }

        if (message.Text.Length > 0 || message.Role != TranscriptMessage.Assistant)
        {
            string kind = message.Role == TranscriptMessage.Assistant ? AcpSessionUpdate.AgentMessageChunk : AcpSessionUpdate.UserMessageChunk;
            await updates.SendAsync(sessionId, kind, message.Text, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task AdoptAsync(string sessionId, string cwd, CancellationToken cancellationToken)
    {
        try
        {
            await sessions.CreateAsync(sessionId, cwd, cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException e) when (e.Code == RpcErrorCodes.StateWriteFailed)
        {
            // Loading is a read: a state dir that cannot be written still replays; the session just stays unfiled by cwd.
        }
    }
}

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Told after a session was deleted, so what an area holds for it (an ACP session's MCP servers) goes too.</summary>
internal interface ISessionDeletionListener
{
    Task SessionDeletedAsync(string sessionKey);
}

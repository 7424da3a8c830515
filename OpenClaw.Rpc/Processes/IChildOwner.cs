namespace OpenClaw.Rpc.Processes;

/// <summary>
/// An area that keeps children running between requests (MCP servers). Before the host kills every child still
/// running, it asks each owner to end its own cleanly (their input closed, as MCP asks of a client), within a bound.
/// </summary>
internal interface IChildOwner
{
    /// <summary>Ends the owner's children; whatever still runs after <paramref name="bound"/> is left to the host's kill.</summary>
    Task StopChildrenAsync(TimeSpan bound);
}
